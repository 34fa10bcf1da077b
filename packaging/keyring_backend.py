"""PyInstaller runtime hook: the packaged app names its keyring on Windows and macOS.

keyring finds its backends through package entry points, which a frozen app may not carry;
naming the system's own store here makes sure the sync key goes there. A choice already made
wins: PYTHON_KEYRING_BACKEND, or keyring's own config file (keyringrc.cfg; the tests and CI use
it to load a file keyring). On Linux discovery is kept: GNOME Keyring or KWallet through the
Secret Service, whichever the desktop has.
"""

import os
import sys

SYSTEM_KEYRINGS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
}
if sys.platform in SYSTEM_KEYRINGS:
    from keyring.util import platform_

    if not (platform_.config_root() / "keyringrc.cfg").exists():
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", SYSTEM_KEYRINGS[sys.platform])
