<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+76"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;GroupDesk {version}&lt;/h3&gt;&lt;p&gt;Records, reports and sync for small volunteer groups, offline.&lt;/p&gt;&lt;p&gt;Data folder in use: {folder}&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}. Free software under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later); the fonts it prints with are under the SIL Open Font License and Apache 2.0.&lt;/p&gt;&lt;p&gt;Built on these libraries, each under its own licence:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GroupDesk {version}&lt;/h3&gt;&lt;p&gt;Registros, informes y sincronización para pequeños grupos de voluntarios, sin conexión.&lt;/p&gt;&lt;p&gt;Carpeta de datos en uso: {folder}&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}. Software libre bajo la Licencia Pública General Affero de GNU, versión 3 o posterior (AGPL-3.0-or-later); las fuentes con las que imprime están bajo la SIL Open Font License y Apache 2.0.&lt;/p&gt;&lt;p&gt;Hecho con estas bibliotecas, cada una bajo su propia licencia:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>About GroupDesk</source>
        <translation>Acerca de GroupDesk</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="+44"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Marcar &amp;hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;rop</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its &amp;meeting</source>
        <translation>Abrir su &amp;reunión</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{status} since {day}</source>
        <translation>{status} desde el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status}, overdue</source>
        <translation>{status}, atrasada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}; raised at {meeting}</source>
        <translation>{status}; surgió en {meeting}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action: {text}</source>
        <translation>Tarea: {text}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say what is to be done</source>
        <translation>Indique qué hay que hacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the action…</source>
        <translation>Leyendo la tarea…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked done.</source>
        <translation>Marcada como hecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped.</source>
        <translation>Descartada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open again.</source>
        <translation>Abierta de nuevo.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../ui/meetings/actions_tab.py" line="+44"/>
        <source>{due} (overdue)</source>
        <translation>{due} (atrasada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised at</source>
        <translation>Surgió en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;What is to be done</source>
        <translation>&amp;Qué hay que hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue</source>
        <translation>&amp;Vence</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location line="+13"/>
        <source>Raise &amp;action</source>
        <translation>&amp;Agregar tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise action</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions of this meeting</source>
        <translation>Tareas de esta reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raised here and carried over from earlier meetings:</source>
        <translation>&amp;Surgidas aquí y pendientes de reuniones anteriores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen action done</source>
        <translation>Marcar como hecha la tarea elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action result</source>
        <translation>Resultado de la tarea</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Say what is to be done</source>
        <translation>Indique qué hay que hacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an open action in the list</source>
        <translation>Elija una tarea pendiente de la lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action raised.</source>
        <translation>Tarea agregada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Marked done.</source>
        <translation>Marcada como hecha.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="+74"/>
        <source>Item</source>
        <extracomment>The item to choose when the next agenda arrives (one just added or moved).</extracomment>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends after</source>
        <translation>Termina después de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ite&amp;m</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody named</source>
        <translation>Nadie nombrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter</source>
        <translation>&amp;Presenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mi&amp;nutes</source>
        <translation>Mi&amp;nutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add i&amp;tem</source>
        <translation>Agregar p&amp;unto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update item</source>
        <translation>&amp;Actualizar punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y the previous agenda</source>
        <translation>&amp;Copiar el orden del día anterior</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agenda items in order</source>
        <translation>Puntos del orden del día, en orden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items in &amp;order:</source>
        <translation>Puntos en orden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes planned</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes ta&amp;ken under the chosen item:</source>
        <translation>Acta tomada en el punto e&amp;legido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes taken under the chosen item</source>
        <translation>Acta tomada en el punto elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save not&amp;es</source>
        <translation>Guardar nota&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save notes</source>
        <translation>Guardar notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions carried over</source>
        <translation>Tareas pendientes de antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda result</source>
        <translation>Resultado del orden del día</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a meeting of a series has an agenda before it</source>
        <translation>Solo una reunión de una serie tiene un orden del día anterior</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{total} minutes planned: {over} more than the meeting&apos;s {length}.</source>
        <translation>{total} minutos previstos: {over} más que los {length} de la reunión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} of the meeting&apos;s {length} minutes planned.</source>
        <translation>{total} de los {length} minutos de la reunión previstos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No open actions from earlier meetings.</source>
        <translation>No hay tareas pendientes de reuniones anteriores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} — {owner}, due {due}</source>
        <translation>{text} — {owner}, vence el {due}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open actions from earlier meetings:</source>
        <translation>Tareas pendientes de reuniones anteriores:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the item a title</source>
        <translation>Póngale un título al punto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an item in the list</source>
        <translation>Elija un punto de la lista</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Removed {title} from the agenda.</source>
        <translation>Se quitó {title} del orden del día.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied the items of the last meeting&apos;s agenda.</source>
        <translation>Se copiaron los puntos del orden del día de la última reunión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes saved.</source>
        <translation>Notas guardadas.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../ui/meetings/attendance_tab.py" line="+91"/>
        <source>Member</source>
        <extracomment>The keys that set a mark in the list, besides Space (present, or not marked again).</extracomment>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name, then Enter</source>
        <translation>Escriba parte de un nombre y pulse Intro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a member on the sheet</source>
        <translation>Buscar un miembro en la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected members and their marks</source>
        <translation>Miembros esperados y sus marcas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shee&amp;t (Space: present, A: apologies, X: absent, Delete: not marked):</source>
        <translation>&amp;Hoja (Espacio: presente, A: se excusó, X: ausente, Supr: sin marcar):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many are marked</source>
        <translation>Cuántos están marcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;everyone present</source>
        <translation>Marcar &amp;a todos presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark everyone present</source>
        <translation>Marcar a todos presentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone not yet marked is marked present; then mark the few who were not</source>
        <translation>Todos los que aún no tienen marca quedan presentes; después marque a los pocos que no vinieron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Number of guests:</source>
        <translation>&amp;Número de invitados:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of guests</source>
        <translation>Número de invitados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their names, if they gave them</source>
        <translation>Sus nombres, si los dieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest na&amp;mes:</source>
        <translation>No&amp;mbres de invitados:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest names</source>
        <translation>Nombres de invitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save g&amp;uests</source>
        <translation>Guardar &amp;invitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save guests</source>
        <translation>Guardar invitados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance result</source>
        <translation>Resultado de la asistencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrived &amp;late at:</source>
        <translation>&amp;Llegó tarde en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left earl&amp;y at:</source>
        <translation>&amp;Se fue antes en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived late at</source>
        <translation>Llegó tarde en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left early at</source>
        <translation>Se fue antes en</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save arrival and leaving</source>
        <translation>Guardar llegada y salida</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed to the end</source>
        <translation>Se quedó hasta el final</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a member marked present on the sheet</source>
        <translation>Elija un miembro marcado como presente en la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting has no agenda items to arrive or leave at</source>
        <translation>La reunión no tiene puntos del orden del día en los que llegar o irse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Arrival and leaving saved.</source>
        <translation>Llegada y salida guardadas.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>arrived late</source>
        <translation>llegó tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left early</source>
        <translation>se fue antes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Present {present} · Apologies {apologies} · Absent {absent} · Not marked {unmarked}</source>
        <translation>Presentes {present} · Se excusaron {apologies} · Ausentes {absent} · Sin marcar {unmarked}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Marked everyone present.</source>
        <translation>Se marcó a todos como presentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking everyone present…</source>
        <translation>Marcando a todos como presentes…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guests saved.</source>
        <translation>Invitados guardados.</translation>
    </message>
</context>
<context>
    <name>BackupSafetyBox</name>
    <message>
        <location filename="../../ui/pages/backup_safety.py" line="+42"/>
        <source>Keeping backups safe</source>
        <translation>Copias de seguridad a salvo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the latest backup is</source>
        <translation>Dónde está la última copia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not set: backups stay on this laptop only</source>
        <translation>Sin elegir: las copias quedan solo en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second pl&amp;ace</source>
        <translation>Segundo l&amp;ugar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hoose a USB stick or folder…</source>
        <translation>Elegir una memoria US&amp;B o carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop copyin&amp;g there</source>
        <translation>Dejar de copiar a&amp;llí</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether backups are encrypted</source>
        <translation>Si las copias están cifradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back&amp;up passphrase</source>
        <translation>Contraseña de las co&amp;pias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &amp;it again</source>
        <translation>Escríbala otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>&amp;Encrypt backups</source>
        <translation>&amp;Cifrar las copias</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Stop encr&amp;ypting</source>
        <translation>De&amp;jar de cifrar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Encrypt with a new passphrase</source>
        <translation>&amp;Cifrar con una contraseña nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups are encrypted with the backup passphrase. Keep it somewhere safe: a backup cannot be restored without it.</source>
        <translation>Las copias se cifran con la contraseña de las copias. Guárdela en un lugar seguro: sin ella no se puede restaurar una copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups are not encrypted: anyone who gets a backup file can read the members&apos; details. Set a passphrase to encrypt them.</source>
        <translation>Las copias no están cifradas: quien consiga un archivo de copia puede leer los datos de los miembros. Ponga una contraseña para cifrarlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup yet.</source>
        <translation>Todavía no hay copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest backup ({when}) is on this laptop and in {place}.</source>
        <translation>La última copia ({when}) está en este equipo y en {place}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The latest backup ({when}) is only on this laptop: {place} has no copy of it (is the stick plugged in?).</source>
        <translation>La última copia ({when}) está solo en este equipo: {place} no la tiene (¿está conectada la memoria?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest backup ({when}) is only on this laptop: if the laptop breaks or is lost, so is the backup. Choose a USB stick or a cloud folder below.</source>
        <translation>La última copia ({when}) está solo en este equipo: si el equipo se daña o se pierde, la copia también. Elija abajo una memoria USB o una carpeta en la nube.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the second place for backups</source>
        <translation>Elija el segundo lugar para las copias</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the two passphrases are not the same</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../services/backup.py" line="+78"/>
        <source>There is no group in {folder} to back up.</source>
        <extracomment>zlib&apos;s fastest level: a backup is made before every upgrade, restore and sync that brings changes, mostly while someone waits. Level 1 writes a 10,000-member group&apos;s 371 MB database 2.5 times faster than the default (6) for 13 % more bytes (2.8 s and 80 MB, not 7.0 s and 71 MB); any zip reader opens it.</extracomment>
        <translation>No hay ningún grupo en {folder} del que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem} Until then, automatic backups stay on this laptop.</source>
        <translation>{problem} Mientras tanto, las copias automáticas se quedan en este equipo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>Copia cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../services/backup_format.py" line="+144"/>
        <source>{name}: no such file.</source>
        <extracomment>How a sealed (encrypted) backup begins: these bytes, then its clear header&apos;s length and the header (`backup_safety` writes them). A sealed backup&apos;s file ending (a plain one is a .zip). Member records in it (not deleted, not merged away); None for backups made before the count was recorded (`plan_restore` counts those from the database itself) and for encrypted ones until opened. Its copy in the second place, and why there is none when one is set but failed. The checksum of the database in it: two backups with the same one hold the same data.</extracomment>
        <translation>{name}: ese archivo no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a GroupDesk backup, or it is cut short ({error}).</source>
        <translation>{name} no es una copia de seguridad de GroupDesk, o está incompleta ({error}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} holds entries a GroupDesk backup never holds: {entries}.</source>
        <translation>{name} contiene elementos que una copia de GroupDesk nunca contiene: {entries}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GroupDesk backup (no manifest or no database).</source>
        <translation>{name} no es una copia de seguridad de GroupDesk (le falta el manifiesto o la base de datos).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was made by a newer GroupDesk; update the app to restore it.</source>
        <translation>{name} se hizo con una versión más nueva de GroupDesk; actualice la aplicación para restaurarla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is damaged: {error}.</source>
        <translation>{name} está dañada: {error}.</translation>
    </message>
    <message>
        <location filename="../../services/restore.py" line="+124"/>
        <source>{entry} in the backup is damaged: {error}.</source>
        <extracomment>When the database file was last written, ISO 8601 UTC (&apos;…Z&apos;). The backup of the data that was replaced (None when the folder held none). Where the replaced database went when it was too damaged to back up (else None).</extracomment>
        <translation>{entry} está dañado dentro de la copia de seguridad: {error}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{entry} in the backup does not match its checksum; the file is damaged.</source>
        <translation>{entry} no coincide con su suma de comprobación dentro de la copia; el archivo está dañado.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="+41"/>
        <source>keep between 1 and 1000 backups, not {value}</source>
        <translation>conserve entre 1 y 1000 copias, no {value}</translation>
    </message>
    <message>
        <location filename="../../services/backup_safety.py" line="+72"/>
        <source>give the whole path, not {folder}</source>
        <extracomment>The most scrypt work (n·r·p) a sealed backup may ask for: 8 times what GroupDesk writes (2^15·8·1, 32 MiB), so a crafted header cannot take gigabytes or minutes before any check.</extracomment>
        <translation>indique la ruta completa, no {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} is not there: plug in the stick or make the folder</source>
        <translation>{folder} no está: conecte la memoria USB o cree la carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose a place outside the data folder (a stick, a cloud folder)</source>
        <translation>elija un lugar fuera de la carpeta de datos (una memoria USB, una carpeta en la nube)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The second place, {place}, is not there (a USB stick unplugged?): this backup is only on this laptop.</source>
        <translation>El segundo lugar, {place}, no está (¿se desconectó una memoria USB?): esta copia solo está en este equipo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not copy the backup to {place} ({problem}): it is only on this laptop.</source>
        <translation>No se pudo copiar la copia de seguridad en {place} ({problem}): solo está en este equipo.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Backups are set to be encrypted, but their key is not in this computer&apos;s keyring: set the backup passphrase again in Settings.</source>
        <translation>Las copias de seguridad deben cifrarse, pero su clave no está en el llavero de este equipo: vuelva a poner la contraseña de las copias en Configuración.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} is encrypted: give the passphrase it was made with</source>
        <translation>{name} está cifrada: escriba la contraseña con la que se hizo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this is not the passphrase {name} was encrypted with</source>
        <translation>esta no es la contraseña con la que se cifró {name}</translation>
    </message>
    <message>
        <location filename="../../services/restore_staging.py" line="+36"/>
        <source>The database in {name} fails SQLite&apos;s integrity check: {problem}.</source>
        <translation>La base de datos de {name} no supera la comprobación de integridad de SQLite: {problem}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database in {name} cannot be read ({error}).</source>
        <translation>No se puede leer la base de datos de {name} ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} holds a database of schema {revision!r}, which this GroupDesk ({version}) does not know; it may need a newer version of the app.</source>
        <translation>{name} contiene una base de datos con el esquema {revision!r}, que este GroupDesk ({version}) no conoce; quizá necesite una versión más nueva de la aplicación.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The database in {name} is not as GroupDesk makes it: {difference} (and %n more); it was refused and nothing was changed.</source>
        <translation>
            <numerusform>La base de datos de {name} no es como la hace GroupDesk: {difference} (y %n diferencia más); se rechazó y no se cambió nada.</numerusform>
            <numerusform>La base de datos de {name} no es como la hace GroupDesk: {difference} (y %n diferencias más); se rechazó y no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database in {name} is not as GroupDesk makes it: {difference}; it was refused and nothing was changed.</source>
        <translation>La base de datos de {name} no es como la hace GroupDesk: {difference}; se rechazó y no se cambió nada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} cannot be upgraded from schema {revision} to {head} ({problem}); nothing was changed.</source>
        <translation>{name} no se puede actualizar del esquema {revision} al {head} ({problem}); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../services/backup_checks.py" line="+46"/>
        <source>{name} holds an encrypted entry ({entry}); GroupDesk never writes one, so this is not a GroupDesk backup.</source>
        <extracomment>An entry may expand this many times its compressed size once past `RATIO_FREE_BYTES` (a fresh database compresses about 60 times, a full one about 6; a zip bomb about 1,000). Room left on the disk after a restore&apos;s files are written out.</extracomment>
        <translation>{name} contiene un elemento cifrado ({entry}); GroupDesk nunca escribe uno, así que no es una copia de seguridad de GroupDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} uses a compression method GroupDesk does not write (method {method} for {entry}).</source>
        <translation>{name} usa un método de compresión que GroupDesk no escribe (método {method} para {entry}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is refused: {entry} would expand from {packed} to {size} (a zip bomb).</source>
        <translation>{name} se rechaza: {entry} pasaría de {packed} a {size} al descomprimirse (una bomba zip).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} expands to {size}, more than the {free} free beside the data folder; nothing was changed.</source>
        <translation>{name} ocupa {size} descomprimida, más que los {free} libres junto a la carpeta de datos; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is refused: {entry} is larger than it declares.</source>
        <translation>{name} se rechaza: {entry} es más grande de lo que declara.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is damaged: its manifest is larger than any GroupDesk writes.</source>
        <translation>{name} está dañada: su manifiesto es más grande que cualquiera que escriba GroupDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is damaged: its manifest is nested too deeply.</source>
        <translation>{name} está dañada: su manifiesto está anidado demasiado hondo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is damaged: its manifest is not JSON ({error}).</source>
        <translation>{name} está dañada: su manifiesto no es JSON ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GroupDesk backup.</source>
        <translation>{name} no es una copia de seguridad de GroupDesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is damaged: its format_version is {value}, not a whole number.</source>
        <translation>{name} está dañada: su format_version es {value}, no un número entero.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is damaged: its manifest is not one GroupDesk writes.</source>
        <translation>{name} está dañada: su manifiesto no es como los que escribe GroupDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: its {field} is {value}.</source>
        <translation>{name} está dañada: su {field} es {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a damaged encrypted backup: its format_version is {value}.</source>
        <translation>{name} es una copia cifrada dañada: su format_version es {value}.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../ui/grants/line_dialog.py" line="+27"/>
        <source>New budget line</source>
        <extracomment>The line as saved.</extracomment>
        <translation>Nueva partida del presupuesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the budget line</source>
        <translation>Guardar la partida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment, Venue hire, Travel…</source>
        <translation>Equipamiento, Alquiler de sala, Viajes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it covers</source>
        <translation>&amp;Qué cubre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Importe ({currency})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name the budget category</source>
        <translation>Indique la categoría del presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the amount</source>
        <translation>Indique el importe</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../ui/grants/budget_tab.py" line="+39"/>
        <source>Line</source>
        <translation>Partida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent of budget</source>
        <translation>Gastado del presupuesto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget against actual</source>
        <translation>Presupuesto frente a lo real</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs a look</source>
        <translation>Lo que hay que revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add budget &amp;line…</source>
        <translation>Agr&amp;egar partida…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add budget line</source>
        <translation>Agregar partida</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Budget {budget} · Awarded {awarded} · Received {received}
Spent {spent} · Committed {committed} · Remaining {remaining}</source>
        <translation>Presupuesto {budget} · Concedido {awarded} · Recibido {received}
Gastado {spent} · Comprometido {committed} · Restante {remaining}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line} is over-spent by {over}.</source>
        <translation>{line} se pasó del presupuesto en {over}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On no budget line: {day}, {payee}, {amount}.</source>
        <translation>Sin partida: {day}, {payee}, {amount}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outside the grant period: {day}, {payee}, {amount}.</source>
        <translation>Fuera del período de la subvención: {day}, {payee}, {amount}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every expense is on a line, within the period and the budget.</source>
        <translation>Todos los gastos están en una partida, dentro del período y del presupuesto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Over-spent by {over}</source>
        <translation>Pasado en {over}</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="+93"/>
        <source>YYYY-MM-DD</source>
        <extracomment>The save on its way to the database (None when none is).</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location line="+69"/>
        <source>Log a check-in with {name}</source>
        <translation>Anotar un contacto con {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in &amp;by</source>
        <translation>Contacto hecho &amp;por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (empty: no follow-up)</source>
        <translation>AAAA-MM-DD (vacío: sin seguimiento)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>say when the check-in was</source>
        <translation>indique cuándo fue el contacto</translation>
    </message>
</context>
<context>
    <name>CheckedFormDialog</name>
    <message>
        <location filename="../../ui/grants/form_dialog.py" line="+85"/>
        <source>YYYY-MM-DD</source>
        <extracomment>What the save returned.</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ClaimWords</name>
    <message>
        <location filename="../../ui/words.py" line="+121"/>
        <source>claimed</source>
        <translation>reclamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <location filename="../../services/resources/clashes.py" line="+182"/>
        <source>{item} is overdue with {who} (due back {day})</source>
        <extracomment>Unbounded ends of a period, as SQLite compares stored days. In SQL an overdue loan holds its item to LAST_DAY; read back, that open end is `Holding.last = None`, never a date. The borrower, the member who reserved, or the meeting reserved for. None: no last day, an overdue loan holding its item until it comes back. A loan kept past its due day (it then holds its item with no end until it is back). A loan&apos;s due day (what an overdue loan&apos;s sentence names).</extracomment>
        <translation>{item} está atrasado con {who} (debía volver el {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is overdue with {who}</source>
        <translation>{item} está atrasado con {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is reserved by {who} for {days}</source>
        <translation>{item} está reservado por {who} para {days}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} is out with {who} until {day}</source>
        <translation>{item} está prestado a {who} hasta el {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>There are only %n of {item} in all.</source>
        <translation>
            <numerusform>Solo hay %n de {item} en total.</numerusform>
            <numerusform>Solo hay %n de {item} en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Only %n of the {count} are free then: {clash}</source>
        <translation>
            <numerusform>En esas fechas solo queda libre %n de {count}: {clash}</numerusform>
            <numerusform>En esas fechas solo quedan libres %n de {count}: {clash}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are only {count} of {item} in all.</source>
        <translation type="vanished">Solo hay {count} de {item} en total.</translation>
    </message>
    <message>
        <source>Only {free} of the {count} are free then: {clash}</source>
        <translation type="vanished">En esas fechas solo quedan libres {free} de {count}: {clash}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}; it can be booked once it is back.</source>
        <translation>{clash}; se puede reservar cuando vuelva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}, and 1 day is kept free between bookings.</source>
        <translation>{clash}, y entre reservas se deja 1 día libre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}, and {days} days are kept free between bookings.</source>
        <translation>{clash}, y entre reservas se dejan {days} días libres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}.</source>
        <translation>{clash}.</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <location filename="../../ui/members/import_columns.py" line="+35"/>
        <source>What each column holds. Choose “Full name” for several columns to join them into the name (first name, then last name, as they stand in the file).</source>
        <extracomment>The person changed what a column is read as.</extracomment>
        <translation>Qué contiene cada columna. Elija «Nombre completo» en varias columnas para unirlas en el nombre (nombre y luego apellido, como están en el archivo).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(leave out)</source>
        <translation>(dejar fuera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name (joined when several columns give it)</source>
        <translation>Nombre completo (se une si varias columnas lo dan)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the column {header} as</source>
        <translation>Leer la columna {header} como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First value of {header}</source>
        <translation>Primer valor de {header}</translation>
    </message>
    <message>
        <location filename="../../services/members/contact_columns.py" line="+86"/>
        <source>First name (joined into the full name)</source>
        <extracomment>The parts of a name, in the order a Western name is written. The parts of an address, in the order they are joined. Fields (and parts) several columns may give: joined, or the first value kept and the rest written to the notes. Outlook&apos;s phone columns, the one most likely to reach the person first. Google&apos;s separator between several values in one cell.</extracomment>
        <translation>Nombre de pila (se une al nombre completo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name (joined into the full name)</source>
        <translation>Segundo nombre (se une al nombre completo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name (joined into the full name)</source>
        <translation>Apellidos (se unen al nombre completo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street (joined into the address)</source>
        <translation>Calle (se une a la dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second address line (joined into the address)</source>
        <translation>Segunda línea de la dirección (se une a la dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO box (joined into the address)</source>
        <translation>Apartado postal (se une a la dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or city (joined into the address)</source>
        <translation>Localidad o ciudad (se une a la dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County, state or region (joined into the address)</source>
        <translation>Provincia, estado o región (se une a la dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode (joined into the address)</source>
        <translation>Código postal (se une a la dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (joined into the address)</source>
        <translation>País (se une a la dirección)</translation>
    </message>
    <message>
        <location filename="../../services/members/csv_format.py" line="+18"/>
        <source>Full name</source>
        <extracomment>(field, headers): the first header is the one export writes, and the import&apos;s choice for the field (marked for translation there).</extracomment>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joined</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>May contact</source>
        <translation>Se le puede contactar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact consent date</source>
        <translation>Fecha del consentimiento de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact consent how</source>
        <translation>Cómo dio el consentimiento de contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo consent</source>
        <translation>Consentimiento para fotos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo consent date</source>
        <translation>Fecha del consentimiento para fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo consent how</source>
        <translation>Cómo dio el consentimiento para fotos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In roster</source>
        <translation>En la lista de miembros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roster consent date</source>
        <translation>Fecha del consentimiento para la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster consent how</source>
        <translation>Cómo dio el consentimiento para la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/sync/table_models.py" line="+94"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>…and {n} more.</source>
        <extracomment>How many lines a list shows; a list may read only these, with its length (`DashboardList`). A value in a line&apos;s sentence: the GUI keeps text (a name, a title) in its own run of right-to-left-safe text and writes a day in the group&apos;s date format. The sentence with {placeholders}, marked with QT_TRANSLATE_NOOP(&quot;Dashboard&quot;, ...); the GUI translates it, then fills in `values`. The button&apos;s text (translated in the &quot;Dashboard&quot; context too). What the button opens: a page (and the record on it, if any) ... ... or an action the card&apos;s `opens` knows (&quot;checkin&quot;), for `record_id`. Said when there is nothing to list. Said under the list when it has more lines than fit: {n} is how many more.</extracomment>
        <translation type="vanished">…y {n} más.</translation>
    </message>
    <message>
        <location filename="../../services/grants/dashboard.py" line="+18"/>
        <source>Application for {title} due {day}</source>
        <extracomment>kind → (sentence, sentence when overdue); {title}, {day}, {amount}.</extracomment>
        <translation>Solicitud de {title}: vence el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application for {title}: the deadline passed on {day}</source>
        <translation>Solicitud de {title}: el plazo venció el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interim report for {title} due {day}</source>
        <translation>Informe intermedio de {title}: vence el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report for {title} overdue since {day}</source>
        <translation>Informe intermedio de {title}: atrasado desde el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final report for {title} due {day}</source>
        <translation>Informe final de {title}: vence el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report for {title} overdue since {day}</source>
        <translation>Informe final de {title}: atrasado desde el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: the grant period ends {day}</source>
        <translation>{title}: el período de la subvención termina el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {amount} unspent, and the period ends {day}</source>
        <translation>{title}: {amount} sin gastar, y el período termina el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {amount} waiting on the interim report</source>
        <translation>{title}: {amount} a la espera del informe intermedio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {amount} waiting on the final report</source>
        <translation>{title}: {amount} a la espera del informe final</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grant deadlines and money at risk</source>
        <translation>Plazos de subvenciones y dinero en riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant deadlines in the next two months.</source>
        <translation>No hay plazos de subvenciones en los próximos dos meses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../services/meetings/dashboard.py" line="+58"/>
        <location line="+20"/>
        <location filename="../../services/resources/dashboard.py" line="+24"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more on the Grants page.</source>
        <translation>
            <numerusform>…y %n más en la página Subvenciones.</numerusform>
            <numerusform>…y %n más en la página Subvenciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more on the Grants page.</source>
        <translation type="vanished">…y {n} más en la página Subvenciones.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/dashboard.py" line="-31"/>
        <source>Next meetings</source>
        <extracomment>A card has room for a few; the Meetings page lists them all.</extracomment>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings planned: plan one on the Meetings page.</source>
        <translation>No hay reuniones previstas: planifique una en la página Reuniones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, {day} at {time}: {expected} expected</source>
        <translation>{title}, {day} a las {time}: se esperan {expected}</translation>
    </message>
    <message>
        <source>…and {n} more on the Meetings page.</source>
        <translation type="vanished">…y {n} más en la página Reuniones.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+20"/>
        <source>…and %n more on the Meetings page.</source>
        <translation>
            <numerusform>…y %n más en la página Reuniones.</numerusform>
            <numerusform>…y %n más en la página Reuniones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Open and overdue actions</source>
        <translation>Tareas pendientes y atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open actions.</source>
        <translation>No hay tareas pendientes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{text} ({owner})</source>
        <translation>{text} ({owner})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (no owner yet)</source>
        <translation>{text} (sin responsable todavía)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} ({owner}): overdue since {day}</source>
        <translation>{text} ({owner}): atrasada desde el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (no owner yet): overdue since {day}</source>
        <translation>{text} (sin responsable todavía): atrasada desde el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} ({owner}): due {day}</source>
        <translation>{text} ({owner}): vence el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (no owner yet): due {day}</source>
        <translation>{text} (sin responsable todavía): vence el {day}</translation>
    </message>
    <message>
        <source>…and {n} more on the Members page.</source>
        <translation type="vanished">…y {n} más en la página Miembros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/members/dashboard.py" line="+18"/>
        <source>…and %n more on the Members page.</source>
        <translation>
            <numerusform>…y %n más en la página Miembros.</numerusform>
            <numerusform>…y %n más en la página Miembros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No members yet: add them, or import your list, on the Members page.</source>
        <translation>Todavía no hay miembros: agréguelos o importe su lista en la página Miembros.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who needs a check-in</source>
        <translation>A quién contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody: everyone has been in touch lately.</source>
        <translation>A nadie: todos han estado en contacto últimamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log a check-in</source>
        <translation>Anotar un contacto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: follow-up overdue since {day}</source>
        <translation>{name}: seguimiento atrasado desde el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: follow-up due {day}</source>
        <translation>{name}: seguimiento previsto para el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not seen since joining</source>
        <translation>{name}: no se le ha visto desde que se unió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: not seen for {weeks} weeks</source>
        <translation>{name}: sin verle desde hace {weeks} semanas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New members without a mentor</source>
        <translation>Miembros nuevos sin mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every new member has a mentor.</source>
        <translation>Todos los miembros nuevos tienen mentor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, joined {day}</source>
        <translation>{name}, se unió el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a mentor</source>
        <translation>Buscar un mentor</translation>
    </message>
    <message>
        <source>…and {n} more on the Resources page.</source>
        <translation type="vanished">…y {n} más en la página Recursos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/resources/dashboard.py" line="-1"/>
        <source>…and %n more on the Resources page.</source>
        <translation>
            <numerusform>…y %n más en la página Recursos.</numerusform>
            <numerusform>…y %n más en la página Recursos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue loans</source>
        <translation>Préstamos atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>No hay nada atrasado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} with {name}: due {day}, {late} days late</source>
        <translation>{item} con {name}: vencía el {day}, {late} días de atraso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Due back this week</source>
        <translation>Para devolver esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due back this week.</source>
        <translation>No hay nada para devolver esta semana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} from {name}: due today</source>
        <translation>{item} de {name}: se devuelve hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} from {name}: due {day}</source>
        <translation>{item} de {name}: se devuelve el {day}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Today&apos;s reservations</source>
        <translation>Reservas de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is booked for today.</source>
        <translation>No hay nada reservado para hoy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} for {name}, until {day}</source>
        <translation>{item} para {name}, hasta el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} for {name}</source>
        <translation>{item} para {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upkeep due</source>
        <translation>Mantenimiento pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upkeep is due.</source>
        <translation>No hay mantenimiento pendiente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clashes</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clashes: nothing is lent or booked twice.</source>
        <translation>Sin conflictos: nada está prestado ni reservado dos veces.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{item} is overdue with {name} and booked from {day} by {who}: ask for it back or move the booking</source>
        <translation>{item} está atrasado con {name} y reservado desde el {day} por {who}: pida que lo devuelvan o cambie la reserva</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{item} is over-booked from {day}: {who}</source>
        <translation>{item} tiene reservas que se superponen desde el {day}: {who}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item}: {what}, due since {day}</source>
        <translation>{item}: {what}, pendiente desde el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: {what}, {loans} loans since it was last done</source>
        <translation>{item}: {what}, {loans} préstamos desde la última vez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/dashboard.py" line="+55"/>
        <source>…and %n more.</source>
        <extracomment>How many lines a list shows; a list may read only these, with its length (`DashboardList`). A value in a line&apos;s sentence: the GUI keeps text (a name, a title) in its own run of right-to-left-safe text and writes a day in the group&apos;s date format. The sentence with {placeholders}, marked with QT_TRANSLATE_NOOP(&quot;Dashboard&quot;, ...); the GUI translates it, then fills in `values`. The button&apos;s text (translated in the &quot;Dashboard&quot; context too). What the button opens: a page (and the record on it, if any) ... ... or an action the card&apos;s `opens` knows (&quot;checkin&quot;), for `record_id`. Said when there is nothing to list. Said under the list when it has more lines than fit: %n is how many more (`n`).</extracomment>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+195"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New members</source>
        <translation>Miembros nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{n} active</source>
        <extracomment>The areas&apos; lists by their key, made as the first summary arrives, in its order.</extracomment>
        <translation>{n} activos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inactive} inactive, 1 has left</source>
        <translation>{inactive} inactivos, 1 se fue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inactive} inactive, {left} have left</source>
        <translation>{inactive} inactivos, {left} se fueron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>joined in the last 90 days</source>
        <translation>se unieron en los últimos 90 días</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No backup yet</source>
        <translation>Todavía no hay copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the first one now</source>
        <translation>Haga la primera ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup on a USB stick or in a cloud folder keeps the group&apos;s records safe if this laptop breaks or is lost.</source>
        <translation>Una copia en una memoria USB o en una carpeta en la nube protege los registros del grupo si este equipo se daña o se pierde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is on this laptop and in {place}.</source>
        <translation>La última copia está en este equipo y en {place}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Only on this laptop</source>
        <translation>Solo en este equipo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{place} has no copy of the latest backup (is the stick plugged in?).</source>
        <translation>{place} no tiene la última copia (¿está conectada la memoria?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The latest backup is only on this laptop: choose a USB stick or a cloud folder in Settings for a second copy.</source>
        <translation>La última copia está solo en este equipo: elija una memoria USB o una carpeta en la nube en Configuración para una segunda copia.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../ui/widgets/date_picker.py" line="+26"/>
        <source>Calendar for {field}</source>
        <translation>Calendario para {field}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Pick the day (Alt+Down)</source>
        <translation>Elegir el día (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the day</source>
        <translation>Elegir el día</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/meetings/decisions_tab.py" line="+68"/>
        <source>Motion</source>
        <extracomment>Member names by id, for the proxies chosen.</extracomment>
        <translation>Moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstained</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Motion</source>
        <translation>&amp;Moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Nobody named</source>
        <translation>Nadie nombrado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Proposed by</source>
        <translation>&amp;Propuesta por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seco&amp;nded by</source>
        <translation>Sec&amp;undada por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How decided</source>
        <translation>&amp;Cómo se decide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The group&apos;s rule ({rule})</source>
        <translation>La regla del grupo ({rule})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule</source>
        <translation>Reg&amp;la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by the vote below</source>
        <translation>Se decide por la votación de abajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A withdrawn or deferred motion has no vote; carried or defeated come from it</source>
        <translation>Una moción retirada o aplazada no se vota; aprobada o rechazada resultan de la votación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: vote, &amp;withdrawn or deferred</source>
        <translation>Resultado: &amp;votación, retirada o aplazada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No: another motion</source>
        <translation>No: otra moción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving earlier minutes is a decision that names that meeting</source>
        <translation>Aprobar un acta anterior es una decisión que nombra esa reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approves the minutes &amp;of</source>
        <translation>&amp;Aprueba el acta de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;For</source>
        <translation>A &amp;favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Against</source>
        <translation>En co&amp;ntra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bstentions</source>
        <translation>A&amp;bstenciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tand-asides</source>
        <translation>Se hacen a un l&amp;ado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;locks</source>
        <translation>B&amp;loqueos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose who holds it</source>
        <extracomment>One entry per proxy vote: the member holding it (who must be present).</extracomment>
        <translation>Elija quién lo tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xy held by</source>
        <translation>Poder en manos d&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add prox&amp;y vote</source>
        <translation>Agregar voto por pode&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add proxy vote</source>
        <translation>Agregar voto por poder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Clear proxies</source>
        <translation>Quitar los poderes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy votes</source>
        <translation>Votos por poder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+173"/>
        <source>Reading who is present…</source>
        <translation>Leyendo quién está presente…</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum:</source>
        <translation>Quórum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chair confirms recording this vote without a &amp;quorum</source>
        <translation>Quien preside confirma que se registra esta votación sin &amp;quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record decision</source>
        <translation>Regi&amp;strar decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision result</source>
        <translation>Resultado de la decisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions recorded</source>
        <translation>Decisiones registradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ecisions recorded:</source>
        <translation>Dec&amp;isiones registradas:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{title}, {day}</source>
        <translation>{title}, {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{present} present; the group has no quorum rule.</source>
        <translation>{present} presentes; el grupo no tiene regla de quórum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{present} present of {needed} needed: quorate.</source>
        <translation>{present} presentes de {needed} necesarios: hay quórum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{present} present of {needed} needed: NOT quorate.</source>
        <translation>{present} presentes de {needed} necesarios: NO hay quórum.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No proxy votes</source>
        <translation>No hay votos por poder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what the motion is</source>
        <translation>Indique cuál es la moción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not quorate: the chair must confirm recording this vote</source>
        <translation>No hay quórum: quien preside debe confirmar que se registra esta votación</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recorded: {outcome}.</source>
        <translation>Registrada: {outcome}.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+30"/>
        <source>Diagnostics copied</source>
        <translation>Diagnóstico copiado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These lines are on the clipboard: paste them into a message to whoever helps with GroupDesk. They hold no personal data — no names and nothing from your records or files, only versions, sizes and the last sync&apos;s outcome.</source>
        <translation>Estas líneas están en el portapapeles: péguelas en un mensaje para quien le ayude con GroupDesk. No contienen datos personales (ni nombres ni nada de sus registros o archivos), solo versiones, tamaños y el resultado de la última sincronización.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
</context>
<context>
    <name>DialogKeys</name>
    <message>
        <location filename="../../ui/dialog_keys.py" line="+116"/>
        <source>Close without saving?</source>
        <extracomment>Dialogs that are questions or progress, not forms. The property marking a dialog a person has typed in. Dialogs that show records rather than take them opt out: `dialog.setProperty(NO_ASK, True)`.</extracomment>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed in “{title}” has not been saved.</source>
        <translation>Lo que escribió en «{title}» no se guardó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/members/duplicates_dialog.py" line="+40"/>
        <location line="+9"/>
        <source>Possible duplicates</source>
        <extracomment>More pairs than this are not listed at once (the most likely come first).</extracomment>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Looking for records of the same person…</source>
        <translation>Buscando registros de la misma persona…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First record</source>
        <translation>Primer registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other record</source>
        <translation>Otro registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge, keeping the &amp;first record</source>
        <translation>Unir, conservando el &amp;primer registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge, keeping the &amp;other record</source>
        <translation>Unir, conservando el &amp;otro registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Choose a pair in the list first.</source>
        <translation>Primero elija un par de la lista.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Merge result</source>
        <translation>Resultado de la unión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No likely duplicates.</source>
        <translation>No hay duplicados probables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 possible duplicate</source>
        <translation>1 posible duplicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} possible duplicates</source>
        <translation>{count} posibles duplicados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{found}; check each pair before merging. A merge can be undone from the kept record&apos;s profile.</source>
        <translation>{found}; revise cada par antes de unir. Una unión se puede deshacer desde el perfil del registro conservado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{score}%</source>
        <translation>{score} %</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Merged {other} into {keep}.</source>
        <translation>Se unió {other} con {keep}.</translation>
    </message>
    <message>
        <location filename="../../services/members/duplicates.py" line="+382"/>
        <source>same name</source>
        <extracomment>Name-word blocks bigger than this are skipped (see the module docstring). A name, email or phone shared by more records than this is common (a popular name, an office switchboard, a shared inbox): sharing it alone says nothing about being one person. Name similarity given to &quot;Sam Okafor&quot; and &quot;Samuel Okafor&quot;. 0-100: how likely the two are one person. Why, in words: &quot;same email&quot;, &quot;same name&quot;, &quot;similar names&quot;, &quot;same phone&quot;.</extracomment>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar names</source>
        <translation>nombres parecidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../ui/grants/expense_dialog.py" line="+53"/>
        <source>New expense</source>
        <extracomment>The expense as saved.</extracomment>
        <translation>Nuevo gasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the expense</source>
        <translation>Guardar el gasto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Payee</source>
        <translation>&amp;Pagado a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Importe ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On no line yet</source>
        <translation>Sin partida todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;line</source>
        <translation>Partida del pres&amp;upuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What for</source>
        <translation>Para &amp;qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s account</source>
        <translation>La cuenta del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;by</source>
        <translation>Pagado p&amp;or</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;checked the warnings: save it anyway</source>
        <translation>&amp;Revisé los avisos: guardar igual</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Give the day it was spent</source>
        <translation>Indique el día del gasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the amount</source>
        <translation>Indique el importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who was paid</source>
        <translation>Indique a quién se pagó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the warnings, then tick that you have</source>
        <translation>Revise los avisos y luego marque que lo hizo</translation>
    </message>
</context>
<context>
    <name>ExpenseWarnings</name>
    <message>
        <location filename="../../services/grants/expenses.py" line="+151"/>
        <source>{day} is before the grant&apos;s period starts ({start})</source>
        <translation>el {day} es anterior al inicio del período de la subvención ({start})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day} is after the grant&apos;s period ends ({end})</source>
        <translation>el {day} es posterior al fin del período de la subvención ({end})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this takes the line {line!r} over its budget of {budget} by {over}</source>
        <translation>con esto la partida {line!r} supera su presupuesto de {budget} en {over}</translation>
    </message>
</context>
<context>
    <name>ExpensesTab</name>
    <message>
        <location filename="../../ui/grants/expenses_tab.py" line="+87"/>
        <source>Receipts (*.jpg *.jpeg *.png *.pdf)</source>
        <extracomment>Row thumbnails are made for at most this many expenses at a time (the first in the list).</extracomment>
        <translation>Recibos (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bank statements (*.csv *.txt)</source>
        <translation>Extractos bancarios (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Day</source>
        <extracomment>(row dropped on, the files) Asks for receipt files; tests pass their own answer. Asks for the (empty) folder an evidence pack goes in; tests pass their own answer.</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Partida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Comprobantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop receipt files on an expense to attach them</source>
        <translation>Suelte archivos de comprobantes sobre un gasto para adjuntarlos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add expense…</source>
        <translation>Agr&amp;egar gasto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add expense</source>
        <translation>Agregar gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach rece&amp;ipts…</source>
        <translation>A&amp;djuntar comprobantes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach receipts to the chosen expense</source>
        <translation>Adjuntar comprobantes al gasto elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open rec&amp;eipt</source>
        <translation>Abrir compr&amp;obante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen receipt</source>
        <translation>Abrir el comprobante elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import ban&amp;k CSV…</source>
        <extracomment>Asks for the bank file to import; tests pass their own answer.</extracomment>
        <translation>Importar CSV del ban&amp;co…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Import expenses from a bank&apos;s CSV file</source>
        <translation>Importar gastos desde un archivo CSV del banco</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Export e&amp;vidence pack…</source>
        <translation>Exportar &amp;justificación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the grant&apos;s evidence pack</source>
        <translation>Exportar la justificación de la subvención</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as &amp;zip…</source>
        <extracomment>Asks for the new .zip file an evidence pack goes in; tests pass their own answer.</extracomment>
        <translation>Exportar como &amp;zip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the grant&apos;s evidence pack as a zip file</source>
        <translation>Exportar la justificación de la subvención como archivo zip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts of the chosen expense</source>
        <translation>Comprobantes del gasto elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ceipts:</source>
        <translation>Comproban&amp;tes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt preview</source>
        <translation>Vista previa del comprobante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt result</source>
        <translation>Resultado del comprobante</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(no line)</source>
        <translation>(sin partida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No receipt yet: drop one on the expense.</source>
        <translation>Todavía no hay comprobante: suelte uno sobre el gasto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}

{note}

Open it with Open receipt.</source>
        <translation>{name}

{note}

Ábralo con Abrir comprobante.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an expense first</source>
        <translation>Primero elija un gasto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a receipt first</source>
        <translation>Primero elija un comprobante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach receipts</source>
        <translation>Adjuntar comprobantes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attached 1 receipt to {payee}.</source>
        <translation>Se adjuntó 1 comprobante a {payee}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached {count} receipts to {payee}.</source>
        <translation>Se adjuntaron {count} comprobantes a {payee}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Imported 1 expense from the bank file.</source>
        <translation>Se importó 1 gasto del archivo del banco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} expenses from the bank file.</source>
        <translation>Se importaron {count} gastos del archivo del banco.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export evidence pack to an empty folder</source>
        <translation>Exportar la justificación a una carpeta vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export evidence pack as a new zip file</source>
        <translation>Exportar la justificación como un archivo zip nuevo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evidence pack written to {folder} with 1 receipt.</source>
        <translation>Justificación guardada en {folder} con 1 comprobante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence pack written to {folder} with {count} receipts.</source>
        <translation>Justificación guardada en {folder} con {count} comprobantes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on this laptop yet, so left out: {names}.</source>
        <translation>Todavía no están en este equipo, así que quedaron fuera: {names}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write the evidence pack to {folder}: {reason}.</source>
        <translation>No se pudo guardar la justificación en {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the evidence pack…</source>
        <translation>Exportando la justificación…</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/resources/loan_dialogs.py" line="+310"/>
        <source>Extend the loan of {item} to {who}</source>
        <translation>Extender el préstamo de {item} a {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;due day</source>
        <translation>Nuevo día de &amp;devolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now on {day}</source>
        <translation>Ahora vence el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed b&amp;y</source>
        <translation>Acordado p&amp;or</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a day after the due day now, {day}.</source>
        <translation>Elija un día posterior al vencimiento actual, {day}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the new due day</source>
        <translation>indique el nuevo día de devolución</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+57"/>
        <source>{field} error</source>
        <extracomment>The locale a form without one writes its messages&apos; values in (days, money, numbers).</extracomment>
        <translation>Error en {field}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/grants/form_dialog.py" line="-47"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <location filename="../../ui/grants/funders_dialog.py" line="+56"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New funder</source>
        <translation>Nuevo financiador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the funder</source>
        <translation>Guardar el financiador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contact person</source>
        <translation>Persona de &amp;contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants with the group</source>
        <translation>Subvenciones con el grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grants with the group:</source>
        <translation>&amp;Subvenciones con el grupo:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No grants sought from this funder yet.</source>
        <translation>Todavía no se pidió ninguna subvención a este financiador.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name the funder</source>
        <translation>Indique el nombre del financiador</translation>
    </message>
</context>
<context>
    <name>FundersDialog</name>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+12"/>
        <source>Funders</source>
        <translation>Financiadores</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sought</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Funders:</source>
        <translation>&amp;Financiadores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New funder…</source>
        <translation>&amp;Nuevo financiador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New funder</source>
        <translation>Nuevo financiador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit funder…</source>
        <translation>&amp;Editar financiador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen funder</source>
        <translation>Editar el financiador elegido</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a funder in the list</source>
        <translation>Elija un financiador de la lista</translation>
    </message>
</context>
<context>
    <name>GrantDetail</name>
    <message>
        <location filename="../../ui/grants/detail.py" line="+69"/>
        <source>Grant details</source>
        <translation>Datos de la subvención</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget vs actual</source>
        <translation>&amp;Presupuesto y real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>P&amp;agos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpenses</source>
        <translation>&amp;Gastos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reimb&amp;ursements</source>
        <translation>Reembol&amp;sos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../ui/grants/grant_dialog.py" line="+48"/>
        <source>Application &amp;deadline</source>
        <translation>Plazo de solicit&amp;ud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period st&amp;arts</source>
        <translation>El período empie&amp;za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;ends</source>
        <translation>El período t&amp;ermina</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grant</source>
        <extracomment>The grant as saved.</extracomment>
        <translation>Subvención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New grant</source>
        <translation>Nueva subvención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the grant</source>
        <translation>Guardar la subvención</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No funder yet</source>
        <translation>Sin financiador todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funder</source>
        <translation>&amp;Financiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New funder, not in the &amp;list…</source>
        <translation>Nuevo financiador, que no está en la &amp;lista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New funder</source>
        <translation>Nuevo financiador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount &amp;requested</source>
        <translation>Importe &amp;solicitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once the funder decides</source>
        <translation>cuando decida el financiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount a&amp;warded</source>
        <translation>Importe con&amp;cedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsible</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder&apos;s refere&amp;nce</source>
        <translation>Refere&amp;ncia del financiador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restr&amp;ictions</source>
        <translation>Restr&amp;icciones</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Give the grant a title</source>
        <translation>Póngale un título a la subvención</translation>
    </message>
</context>
<context>
    <name>GrantFields</name>
    <message>
        <location filename="../../ui/grants/fields.py" line="+91"/>
        <source>write a whole number, such as 200</source>
        <translation>escriba un número entero, como 200</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be below zero</source>
        <translation>no puede ser menor que cero</translation>
    </message>
</context>
<context>
    <name>GrantRecords</name>
    <message>
        <location filename="../../ui/grants/claims_tab.py" line="+185"/>
        <source>paid on {day}</source>
        <translation>pagado el {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} — refused: {reason}</source>
        <translation>{what} — rechazado: {reason}</translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <location filename="../../services/grants/budget.py" line="+79"/>
        <source>name the budget category</source>
        <extracomment>Oldest first; the first revision&apos;s old amount is what the line was first budgeted at.</extracomment>
        <translation>indique la categoría del presupuesto</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>name the category</source>
        <translation>indique la categoría</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a revision cannot be dated in the future</source>
        <translation>una revisión no puede tener una fecha futura</translation>
    </message>
    <message>
        <location filename="../../services/grants/expenses.py" line="+53"/>
        <location line="+63"/>
        <source>say who was paid</source>
        <extracomment>What `edit_expense` leaves as it is.</extracomment>
        <translation>indique a quién se pagó</translation>
    </message>
    <message>
        <location filename="../../services/grants/funders.py" line="+86"/>
        <location line="+25"/>
        <source>name the funder</source>
        <extracomment>The fields a person edits, in the order a form shows them. Grants sought from them (not deleted), and how many of those were awarded.</extracomment>
        <translation>indique el nombre del financiador</translation>
    </message>
    <message>
        <location filename="../../services/grants/micro_grants.py" line="+43"/>
        <source>give the project a title</source>
        <translation>dé un título al proyecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say what the money is for</source>
        <translation>indique para qué es el dinero</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>say what the project did with the money</source>
        <translation>indique qué hizo el proyecto con el dinero</translation>
    </message>
    <message>
        <location filename="../../services/grants/records.py" line="+156"/>
        <location line="+40"/>
        <source>give the grant a title</source>
        <extracomment>What a person edits on a grant (a micro-grant&apos;s purpose too); amounts are `Money`, days are `date`s. Where it may move next. The applicant of a micro-grant, the person responsible for a grant sought.</extracomment>
        <translation>dé un título a la subvención</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>say which fields to change</source>
        <translation>indique qué campos cambiar</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a grant is incoming or outgoing</source>
        <translation>una subvención es recibida o dada</translation>
    </message>
    <message>
        <location filename="../../services/grants/reimbursements.py" line="+80"/>
        <source>claim for an expense or under a grant</source>
        <extracomment>Where each state may go next.</extracomment>
        <translation>pida el reembolso de un gasto o a cargo de una subvención</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a claim cannot be dated in the future</source>
        <translation>una solicitud de reembolso no puede tener una fecha futura</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>say why it is refused</source>
        <translation>indique por qué se rechaza</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>it cannot be paid before it was approved</source>
        <translation>no puede pagarse antes de aprobarse</translation>
    </message>
    <message>
        <location filename="../../services/grants/reporting.py" line="+100"/>
        <location line="+52"/>
        <source>a report is interim or final</source>
        <extracomment>A report&apos;s next state, and the day field it stamps. The entries added up. Oldest first.</extracomment>
        <translation>un informe es intermedio o final</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it cannot be accepted before it was sent</source>
        <translation>no puede aceptarse antes de enviarse</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+27"/>
        <source>name the outcome</source>
        <translation>indique el resultado</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>a target cannot be below zero</source>
        <translation>la meta no puede ser menor que cero</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>enter how many, above zero</source>
        <translation>escriba cuántos, más de cero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>progress cannot be dated in the future</source>
        <translation>un avance no puede tener una fecha futura</translation>
    </message>
    <message>
        <location filename="../../services/grants/rules.py" line="+33"/>
        <source>this grant is kept in {currency}; enter the amount in {currency}</source>
        <translation>esta subvención se lleva en {currency}; escriba el importe en {currency}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an amount cannot be below zero</source>
        <translation>un importe no puede ser menor que cero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter an amount above zero</source>
        <translation>escriba un importe mayor que cero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title!r} is not a micro-grant</source>
        <translation>{title!r} no es una microayuda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title!r} is a micro-grant the group gives, not one it seeks</source>
        <translation>{title!r} es una microayuda que da el grupo, no una que solicita</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>el período termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <location filename="../../services/grants/payments.py" line="+91"/>
        <source>a payment is in (received) or out (paid)</source>
        <extracomment>&quot;received&quot;, &quot;waiting on the interim report&quot; (or final), or &quot;expected&quot;.</extracomment>
        <translation>un pago es de entrada (recibido) o de salida (pagado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+115"/>
        <source>a payment cannot be dated in the future</source>
        <translation>un pago no puede tener una fecha futura</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>that tranche is already received</source>
        <translation>ese tramo ya se recibió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tranche is money received</source>
        <translation>un tramo es dinero recibido</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>that tranche belongs to another grant</source>
        <translation>ese tramo es de otra subvención</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>that report belongs to another grant</source>
        <translation>ese informe es de otra subvención</translation>
    </message>
    <message>
        <location filename="../../services/grants/pipeline.py" line="+98"/>
        <source>{listed}, {state}</source>
        <extracomment>The states a grant starts in. Moves that decide a micro-grant: the applicant may not make them. Moves that record the funder&apos;s (or the group&apos;s) decision, dating it.</extracomment>
        <translation>{listed}, {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{listed} or {last}</source>
        <translation>{listed} o {last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{state!r} is not a state; a grant is {states}</source>
        <translation>{state!r} no es un estado; una subvención puede estar: {states}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A micro-grant that is {state} can move no further</source>
        <translation>Una microayuda {state} no puede avanzar más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A grant that is {state} can move no further</source>
        <translation>Una subvención {state} no puede avanzar más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A micro-grant that is {state} can move only to {states}, not {to_state}</source>
        <translation>Una microayuda {state} solo puede pasar a {states}, no a {to_state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A grant that is {state} can move only to {states}, not {to_state}</source>
        <translation>Una subvención {state} solo puede pasar a {states}, no a {to_state}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say who decided</source>
        <translation>indique quién decidió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} applied for this micro-grant and cannot decide it; someone else must approve or refuse it</source>
        <translation>{name} solicitó esta microayuda y no puede decidirla; otra persona debe aprobarla o rechazarla</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a move cannot be dated in the future</source>
        <translation>un cambio de estado no puede tener una fecha futura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its last move was on {day:%Y-%m-%d}; date this one on or after it</source>
        <translation>su último cambio de estado fue el {day:%Y-%m-%d}; ponga a este esa fecha o una posterior</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>say how much was awarded</source>
        <translation>indique cuánto se concedió</translation>
    </message>
</context>
<context>
    <name>GrantWords</name>
    <message>
        <location filename="../../ui/words.py" line="-39"/>
        <source>foundation</source>
        <translation>fundación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>council</source>
        <translation>municipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>individual</source>
        <translation>particular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crowdfunding</source>
        <translation>micromecenazgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another group</source>
        <translation>otro grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospect</source>
        <translation>posible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafting</source>
        <translation>en redacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>presentada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awarded</source>
        <translation>concedida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>denegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting</source>
        <translation>en informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported</source>
        <translation>informada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proof</source>
        <translation>justificante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt</source>
        <translation>recibo</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="vanished">reclamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interim</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting on the interim report</source>
        <translation>a la espera del informe intermedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting on the final report</source>
        <translation>a la espera del informe final</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../ui/grants/page.py" line="+119"/>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder or member</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due or ends</source>
        <translation>Vence o termina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state} · {count}</source>
        <translation>{state} · {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grants we seek</source>
        <translation>Subvenciones que pedimos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micro-grants we give</source>
        <translation>Microayudas que damos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All grants</source>
        <translation>Todas las subvenciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search titles, funders, people… (Ctrl+F)</source>
        <translation>Buscar títulos, financiadores, personas… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search grants</source>
        <translation>Buscar subvenciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grants by state</source>
        <translation>Subvenciones por estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Totals per currency</source>
        <translation>Totales por moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the first grant…</source>
        <translation>Agregar la primera subvención…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;New micro-grant…</source>
        <translation>&amp;Nueva microayuda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New micro-grant</source>
        <translation>Nueva microayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member applies for money for their project (Ctrl+N)</source>
        <translation>Un miembro pide dinero para su proyecto (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New grant…</source>
        <translation>&amp;Nueva subvención…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grant</source>
        <translation>Nueva subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grant the group seeks, as a prospect (Ctrl+N)</source>
        <translation>Una subvención que el grupo busca, como posibilidad (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No grant matches the search. Clear it to see them all.</source>
        <translation>Ninguna subvención coincide con la búsqueda. Bórrela para verlas todas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-grants the group gives to members&apos; projects: the request, the decision, the payment and the report back. None yet (Ctrl+N).</source>
        <translation>Microayudas que el grupo da a proyectos de sus miembros: la solicitud, la decisión, el pago y el informe de vuelta. Ninguna todavía (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow each grant here from first idea to final report: its budget, the money received and spent with receipts, and what the funder asks back. None yet (Ctrl+N).</source>
        <translation>Siga aquí cada subvención desde la primera idea hasta el informe final: su presupuesto, el dinero recibido y gastado con comprobantes, y lo que pide a cambio quien la financia. Ninguna todavía (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{currency}: 1 grant · awarded {awarded} · spent {spent} · remaining {remaining}</source>
        <translation>{currency}: 1 subvención · concedido {awarded} · gastado {spent} · restante {remaining}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{currency}: {count} grants · awarded {awarded} · spent {spent} · remaining {remaining}</source>
        <translation>{currency}: {count} subvenciones · concedido {awarded} · gastado {spent} · restante {remaining}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{amount} asked</source>
        <translation>{amount} solicitado</translation>
    </message>
</context>
<context>
    <name>GroupSettings</name>
    <message>
        <location filename="../../services/settings.py" line="+58"/>
        <source>{text!r} is not a month and day like 04-01</source>
        <translation>{text!r} no es un mes y un día como 04-01</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day} is not a day of the year</source>
        <translation>{day} no es un día del año</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the group needs a name</source>
        <extracomment>Where Letter paper is the norm (the rest of the world prints on A4).</extracomment>
        <translation>el grupo necesita un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the name under 200 characters</source>
        <translation>use menos de 200 caracteres para el nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code!r} is not an ISO 4217 currency code (like EUR, GBP, USD)</source>
        <translation>{code!r} no es un código de moneda ISO 4217 (como EUR, GBP, USD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{locale!r} is not a locale (like en_GB, fr_FR, ar_EG)</source>
        <translation>{locale!r} no es una configuración regional (como en_GB, fr_FR, ar_EG)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{paper!r} is not a paper size; choose A4 or Letter</source>
        <translation>{paper!r} no es un tamaño de papel; elija A4 o Carta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give the month and day as numbers, like 04-01</source>
        <translation>escriba el mes y el día con números, como 04-01</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weeks!r} is not a number of weeks from 1 to 104</source>
        <translation>{weeks!r} no es un número de semanas entre 1 y 104</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say yes or no</source>
        <translation>responda sí o no</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../ui/grants/page.py" line="-225"/>
        <source>Grants keeps each grant from application to final report: its funder, budget lines, expenses and deadlines. Start with the New button (Ctrl+N), then add the grant&apos;s budget lines and record expenses against them as the money is spent.</source>
        <extracomment>Every state, in pipeline order: a grant sought&apos;s, then a micro-grant&apos;s not met before. Before a decision the application deadline matters; once awarded, when the period ends.</extracomment>
        <translation>Subvenciones sigue cada subvención desde la solicitud hasta el informe final: quién la financia, las partidas del presupuesto, los gastos y los plazos. Empiece con el botón Nueva (Ctrl+N), agregue las partidas del presupuesto y anote los gastos en ellas a medida que se gasta el dinero.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="+63"/>
        <source>Meetings holds the group&apos;s meetings: agendas, who came, minutes and the actions agreed. Start with New meeting… (Ctrl+N), then take attendance and note the actions on the day.</source>
        <translation>Reuniones guarda las reuniones del grupo: el orden del día, quién asistió, el acta y las tareas acordadas. Empiece con Nueva reunión… (Ctrl+N) y, el mismo día, tome asistencia y anote las tareas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="-244"/>
        <source>The dashboard shows what needs attention now: members to check in, meetings coming up, loans due back and the last backup and sync. Click a line to open that record.</source>
        <extracomment>The values of a line that name a person (an action&apos;s owner, a borrower, a member). Says, under a list longer than MAX_SHOWN, how many more lines it has. Shows the whole list where it lives (None: the &quot;more&quot; line is only said).</extracomment>
        <translation>El panel muestra lo que necesita atención ahora: miembros a quienes contactar, próximas reuniones, préstamos por devolver y la última copia de seguridad y sincronización. Haga clic en una línea para abrir ese registro.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="+78"/>
        <source>Settings holds the group&apos;s name, currency, language and paper size, and where backups go. Check them once when you start, and set a second place for backups so nothing is lost with one laptop.</source>
        <translation>Configuración guarda el nombre del grupo, la moneda, el idioma, el tamaño del papel y dónde van las copias de seguridad. Revíselos una vez al empezar y elija un segundo lugar para las copias, así no se pierde nada si falla un equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="+83"/>
        <source>Reports makes printable documents from your records: rosters, agendas and minutes, funder reports and the annual report. Choose a report and what it is about, press Make report, then print it or save it as a PDF.</source>
        <extracomment>The subject chooser&apos;s label, and what to do when there is nothing to choose, per kind.</extracomment>
        <translation>Informes prepara documentos para imprimir a partir de sus registros: listas de miembros, órdenes del día y actas, informes para financiadores y la memoria anual. Elija un informe y de qué trata, pulse Preparar informe y luego imprímalo o guárdelo como PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="+51"/>
        <source>Sync shares the group&apos;s records with its other laptops through a shared folder (a USB stick or a cloud folder), with no server. Set up a new sync folder once on one laptop, join it from the others, then press Sync now (F5) whenever you like.</source>
        <translation>Sincronizar comparte los registros del grupo con sus otros equipos mediante una carpeta compartida (una memoria USB o una carpeta en la nube), sin servidor. Cree una carpeta de sincronización una vez en un equipo, únase a ella desde los demás y pulse Sincronizar ahora (F5) cuando quiera.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="+60"/>
        <source>Members lists everyone in the group, with how to reach them, their dues and their check-ins. Start with Add member, or bring in the list you already keep with Import… (a CSV file from a spreadsheet).</source>
        <translation>Miembros muestra a todas las personas del grupo, cómo contactarlas, sus cuotas y sus seguimientos. Empiece con Agregar miembro, o traiga la lista que ya tiene con Importar… (un archivo CSV de una hoja de cálculo).</translation>
    </message>
    <message>
        <location filename="../../ui/resources/page.py" line="+79"/>
        <source>Resources keeps the things the group owns or lends (tools, rooms, equipment) and who has borrowed them. Start with New item… (Ctrl+N), then lend it to a member and mark it returned when it comes back.</source>
        <extracomment>The Show filter&apos;s choices read by the service, and the views a dashboard line may ask for. The rows shown first while the whole list is read behind them: more than a screen holds.</extracomment>
        <translation>Recursos guarda lo que el grupo tiene o presta (herramientas, salas, equipos) y quién lo tiene prestado. Empiece con Nuevo artículo… (Ctrl+N), préstelo a un miembro y márquelo como devuelto cuando regrese.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/widgets/record_tables.py" line="+67"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{action} {record}</source>
        <translation>{record}: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ({relation})</source>
        <translation>{what} ({relation})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="+13"/>
        <source>added</source>
        <translation>alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached file</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line</source>
        <translation>partida del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget revision</source>
        <translation>revisión del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funder</source>
        <translation>financiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant</source>
        <translation>subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant payment</source>
        <translation>pago de la subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant report</source>
        <translation>informe de la subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant state change</source>
        <translation>cambio de estado de la subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group settings</source>
        <translation>configuración del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan extension</source>
        <translation>extensión del préstamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting series</source>
        <translation>serie de reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentorship</source>
        <translation>mentoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge of two records</source>
        <translation>unión de dos registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome entry</source>
        <translation>anotación de resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of a kit</source>
        <translation>pieza de un kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt</source>
        <translation>comprobante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reimbursement</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reservation</source>
        <translation>reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tranche</source>
        <translation>tramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upkeep</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upkeep plan</source>
        <translation>plan de mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived late at</source>
        <translation>llegó tarde en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a part</source>
        <translation>como pieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a photo</source>
        <translation>como foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as approver</source>
        <translation>quien aprueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as borrower</source>
        <translation>quien lo lleva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as chair</source>
        <translation>quien preside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as custodian</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as mentor</source>
        <translation>como mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as note-taker</source>
        <translation>quien toma el acta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as owner</source>
        <translation>dueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as presenter</source>
        <translation>quien presenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as proposer</source>
        <translation>quien propone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as seconder</source>
        <translation>quien secunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the person responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bought with</source>
        <translation>comprado con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by them</source>
        <translation>hecho por esta persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed at</source>
        <translation>cerrada en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected as</source>
        <translation>retirado como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected from</source>
        <translation>retirado de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided by</source>
        <translation>decidido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done for</source>
        <translation>hecho para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the meeting</source>
        <translation>para la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed out by them</source>
        <translation>entregado por esta persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left early at</source>
        <translation>se fue antes en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lent with the kit</source>
        <translation>prestado con el kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes approved by</source>
        <translation>acta aprobada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occurrence</source>
        <translation>fecha de la serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by</source>
        <translation>pagado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raised at</source>
        <translation>surgió en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received as</source>
        <translation>recibido como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released by</source>
        <translation>liberado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved by them</source>
        <translation>reservado por esta persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken back by them</source>
        <translation>recibido por esta persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this record kept</source>
        <translation>este registro se conservó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this record merged into the other</source>
        <translation>este registro se unió al otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waived the fee</source>
        <translation>perdonó el recargo</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/grants/detail.py" line="-59"/>
        <source>History of the grant</source>
        <translation>Historial de la subvención</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/members/import_wizard.py" line="+69"/>
        <source>Import members from {file}</source>
        <extracomment>What the dry run found: the file&apos;s columns, and the report (None with the reason when the file cannot be read as it stands, e.g. no column is the name yet). What the import wrote, once it has (None until then, or if it was not run). What the person chose: header → target (None: leave out); encoding; existing rows.</extracomment>
        <translation>Importar miembros de {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {file}…</source>
        <translation>Revisando {file}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names as read</source>
        <translation>Nombres tal como se leyeron</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member here</source>
        <translation>Miembro de aquí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows already here</source>
        <translation>Filas que ya están aquí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to do with them…</source>
        <translation>Elija qué hacer con ellas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them out</source>
        <translation>Dejarlas fuera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what their records lack (merge)</source>
        <translation>Completar lo que falta en sus registros (unir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as new members anyway</source>
        <translation>Agregarlas igual como miembros nuevos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do with the rows already here</source>
        <translation>Qué hacer con las filas que ya están aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;These people are already here:</source>
        <translation>&amp;Estas personas ya están aquí:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import steps</source>
        <translation>Pasos de la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Already here</source>
        <translation>&amp;Ya están aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip the bad rows and import the rest</source>
        <translation>&amp;Saltar las filas con errores e importar el resto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>Saltar las filas con errores e importar el resto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the file first…</source>
        <translation>Revisando primero el archivo…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Say what the columns hold first (Columns tab).</source>
        <translation>Primero indique qué contiene cada columna (pestaña Columnas).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(whole row)</source>
        <translation>(fila entera)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Problems ({count})</source>
        <translation>&amp;Problemas ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Already here ({count})</source>
        <translation>&amp;Ya están aquí ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 row read ({encoding}): {good} ready to import, {bad} with problems.</source>
        <translation>1 fila leída ({encoding}): {good} lista para importar, {bad} con problemas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rows} rows read ({encoding}): {good} ready to import, {bad} with problems.</source>
        <translation>{rows} filas leídas ({encoding}): {good} listas para importar, {bad} con problemas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These columns will not be imported: {columns}.</source>
        <translation>Estas columnas no se importarán: {columns}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No row can be imported: fix the rows in the file, then import it again.</source>
        <translation>No se puede importar ninguna fila: corrija las filas en el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is written until you fix those rows or skip them.</source>
        <translation>No se guarda nada hasta que corrija esas filas o las salte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} of them are already here: see the Already here tab and say what to do with them.</source>
        <translation>{count} ya están aquí: vea la pestaña Ya están aquí e indique qué hacer con ellas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A guess: names read as {names}. If they look wrong, choose another encoding (the file may be in {others}).</source>
        <translation>Una suposición: los nombres se leen como {names}. Si se ven mal, elija otra codificación (el archivo puede estar en {others}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no good row to import.</source>
        <translation>No hay ninguna fila correcta para importar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some rows have problems: fix them in the file, or skip them.</source>
        <translation>Algunas filas tienen problemas: corríjalas en el archivo o sáltelas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some people are already here: say on the Already here tab whether to leave them out, fill in their records or add them anyway.</source>
        <translation>Algunas personas ya están aquí: indique en la pestaña Ya están aquí si dejarlas fuera, completar sus registros o agregarlas igual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported 1 member from {file}.</source>
        <translation>Se importó 1 miembro de {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {count} members from {file}.</source>
        <translation>Se importaron {count} miembros de {file}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/grants/import_wizard.py" line="+92"/>
        <source>Import bank CSV</source>
        <extracomment>&quot;new&quot; (becomes an expense), &quot;known&quot; (already imported), &quot;money_in&quot; or &quot;error&quot;. The import as done (its report: how many expenses were added).</extracomment>
        <translation>Importar CSV del banco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import the rows as expenses</source>
        <translation>Importar las filas como gastos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bank CSV: {name}</source>
        <translation>Importar CSV del banco: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as:</source>
        <translation>Leído como:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day column</source>
        <translation>Columna del &amp;día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Descri&amp;ption column</source>
        <translation>Columna de la descri&amp;pción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;mount column</source>
        <translation>Columna del i&amp;mporte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On no line yet</source>
        <translation>Sin partida todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;line</source>
        <translation>Partida del pres&amp;upuesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rows of the file:</source>
        <translation>&amp;Filas del archivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a column</source>
        <translation>Elija una columna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{header} (e.g. {example})</source>
        <translation>{header} (p. ej. {example})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding {encoding}</source>
        <translation>codificación {encoding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values separated by {separator}</source>
        <translation>valores separados por {separator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>decimal comma (1.234,56)</source>
        <translation>coma decimal (1.234,56)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal point (1,234.56)</source>
        <translation>punto decimal (1,234.56)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days written like {example}</source>
        <translation>días escritos como {example}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 row becomes an expense</source>
        <translation>1 fila se convierte en gasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rows become expenses</source>
        <translation>{count} filas se convierten en gastos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} already imported, skipped</source>
        <translation>{count} ya importadas, se saltan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} money in, not expenses</source>
        <translation>{count} son ingresos, no gastos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} with a problem: nothing is imported until the file is put right</source>
        <translation>{count} con algún problema: no se importa nada hasta que se corrija el archivo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wait for the rows to be checked</source>
        <translation>Espere a que se revisen las filas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} has a problem: put the file right and import it again (nothing is imported while any row is wrong)</source>
        <translation>La línea {line} tiene un problema: corrija el archivo y vuelva a importarlo (no se importa nada mientras alguna fila esté mal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row to import: every expense in the file is already imported</source>
        <translation>No hay filas para importar: todos los gastos del archivo ya se importaron</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>becomes an expense</source>
        <translation>se convierte en gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported: skipped</source>
        <translation>ya importada: se salta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money in: not an expense</source>
        <translation>ingreso: no es un gasto</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Imported 1 expense from {file}.</source>
        <translation>Se importó 1 gasto de {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {count} expenses from {file}.</source>
        <translation>Se importaron {count} gastos de {file}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../ui/resources/detail.py" line="+53"/>
        <source>Item details</source>
        <extracomment>&quot;edit&quot;, &quot;parts&quot;, &quot;lend&quot;, &quot;reserve&quot;, &quot;upkeep&quot;, &quot;plan&quot;, or &quot;return:ID&quot;, &quot;extend:ID&quot; (a loan), &quot;waive:ID&quot; (a loan), &quot;collect:ID&quot;, &quot;move:ID&quot;, &quot;cancel:ID&quot; (a reservation).</extracomment>
        <translation>Datos del artículo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is now</source>
        <translation>Dónde está ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clash</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the item&apos;s record</source>
        <translation>Partes del registro del artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borrower</source>
        <translation>Quién lo tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Salió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Volvió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit and notes</source>
        <translation>Depósito y notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;turn…</source>
        <translation>De&amp;volver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtender…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wai&amp;ve late fee…</source>
        <translation>Perdonar el re&amp;cargo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Status and note</source>
        <translation>Estado y nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand out now…</source>
        <translation>Entre&amp;gar ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve to other days…</source>
        <translation>&amp;Cambiar a otros días…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel reservation</source>
        <translation>Ca&amp;ncelar la reserva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upkeep</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upkeep plans</source>
        <translation>Planes de mantenimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log upkeep…</source>
        <translation>&amp;Anotar mantenimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;plan…</source>
        <translation>Agregar &amp;plan…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;oans</source>
        <translation>Prés&amp;tamos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eservations</source>
        <translation>R&amp;eservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upkeep</source>
        <translation>&amp;Mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept at</source>
        <translation>Se guarda en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Estado de conservación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lent for</source>
        <translation>Se presta por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee</source>
        <translation>Recargo por atraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free between bookings</source>
        <translation>Libre entre reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts</source>
        <translation>Piezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought with</source>
        <translation>Comprado con</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Lend…</source>
        <translation>&amp;Prestar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reserve…</source>
        <translation>&amp;Reservar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit &amp;parts…</source>
        <translation>Pie&amp;zas del kit…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose an item in the list.</source>
        <translation>Elija un artículo de la lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the group</source>
        <translation>el grupo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{amount} a day</source>
        <translation>{amount} por día</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (overdue)</source>
        <translation> (atrasado)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>⚠ Due: {what}</source>
        <translation>⚠ Pendiente: {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned: {what}</source>
        <translation>Planificado: {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No upkeep planned.</source>
        <translation>No hay mantenimiento planificado.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{grant}, expense of {day}, {payee}, {amount}</source>
        <translation>{grant}, gasto del {day}, {payee}, {amount}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every {count} months</source>
        <translation>cada {count} meses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after every loan</source>
        <translation>después de cada préstamo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after every {count} loans</source>
        <translation>cada {count} préstamos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdue: with {who} since {out}, due {due}</source>
        <translation>Atrasado: con {who} desde el {out}, vencía el {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out with {who} until {due}</source>
        <translation>Prestado a {who} hasta el {due}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Here, not lent out.</source>
        <translation>Aquí, no está prestado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{free} of {count} here.</source>
        <translation>{free} de {count} aquí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Clash from {day}: {what}</source>
        <translation>⚠ Conflicto desde el {day}: {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both records are kept (two laptops booked it apart) until one ends: take a loan back (Return… on the Loans tab) or cancel a reservation.</source>
        <translation>Se conservan los dos registros (dos equipos lo reservaron por separado) hasta que uno termine: recupere un préstamo (Devolver… en la pestaña Préstamos) o cancele una reserva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 day late</source>
        <translation>1 día de atraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} days late</source>
        <translation>{count} días de atraso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{taken}, kept {kept}: {why}</source>
        <translation>{taken}, retenido {kept}: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{taken}, given back</source>
        <translation>{taken}, devuelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taken}, held</source>
        <translation>{taken}, retenido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late fee {fee}, waived</source>
        <translation>recargo {fee}, perdonado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late fee {fee}</source>
        <translation>recargo {fee}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Came back {condition}</source>
        <translation>Volvió {condition}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a loan not yet returned</source>
        <translation>Elija un préstamo que no se haya devuelto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a loan with a late fee</source>
        <translation>Elija un préstamo con recargo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a reservation still booked</source>
        <translation>Elija una reserva que siga vigente</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/resources/item_dialog.py" line="+45"/>
        <source>Edit {item}</source>
        <translation>Editar {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner</source>
        <translation>D&amp;ueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the group</source>
        <translation>el grupo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ustodian</source>
        <translation>Responsa&amp;ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the shed, Ana&apos;s garage…</source>
        <translation>el galpón, el garaje de Ana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept &amp;at</source>
        <translation>Se guarda &amp;en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;dition</source>
        <translation>Estado de &amp;conservación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition no&amp;te</source>
        <translation>Nota sobre el estad&amp;o</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;posit</source>
        <translation>De&amp;pósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Late fee a day</source>
        <translation>&amp;Recargo por día de atraso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: not known</source>
        <translation>vacío: no se sabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no deposit</source>
        <translation>vacío: sin depósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no late fee</source>
        <translation>vacío: sin recargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lent &amp;for</source>
        <translation>Se prest&amp;a por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free days &amp;between bookings</source>
        <translation>Días &amp;libres entre reservas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not lent while out of serv&amp;ice</source>
        <translation>No se presta mientras esté fuera de serv&amp;icio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not lent while out of service</source>
        <translation>No se presta mientras esté fuera de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>(no grant)</source>
        <extracomment>The grants by id; until they arrive, the item&apos;s own, so saving early keeps them.</extracomment>
        <translation>(sin subvención)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Bought with &amp;grant</source>
        <translation>Comprado con la &amp;subvención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant e&amp;xpense</source>
        <translation>&amp;Gasto de la subvención</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no expense)</source>
        <translation>(sin gasto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}, {payee}, {amount}</source>
        <translation>{day}, {payee}, {amount}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>choose a member from the list</source>
        <translation>elija un miembro de la lista</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../ui/resources/item_table.py" line="+46"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{free} of {count} here</source>
        <translation>{free} de {count} aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; overdue since {day}</source>
        <translation>; atrasado desde el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue since {day}</source>
        <translation>atrasado desde el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out, due {day}</source>
        <translation>prestado, vuelve el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>here</source>
        <translation>aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not free today</source>
        <translation>no disponible hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upkeep due</source>
        <translation>mantenimiento</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/language.py" line="+82"/>
        <source>Language of the app</source>
        <extracomment>The QSettings key; absent (or &quot;&quot;) follows the system&apos;s language. The language the code is written in: it needs no catalogue. The application&apos;s property naming the language its screens are in now.</extracomment>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w the app in</source>
        <translation>Idioma de la in&amp;terfaz</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the app</source>
        <translation type="vanished">Idio&amp;ma de la aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language shows from the next start of GroupDesk.</source>
        <translation>El nuevo idioma se verá la próxima vez que abra GroupDesk.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../ui/resources/loan_dialogs.py" line="-293"/>
        <source>Hand out {item}, reserved by {who}</source>
        <translation>Entregar {item}, reservado por {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lend {item}</source>
        <translation>Prestar {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Borrower</source>
        <translation>&amp;Quién lo lleva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Out on</source>
        <translation>&amp;Sale el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due back on</source>
        <translation>&amp;Vuelve el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;posit taken</source>
        <translation>De&amp;pósito recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no deposit</source>
        <translation>vacío: sin depósito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed out b&amp;y</source>
        <translation>Entregado p&amp;or</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parts &amp;given</source>
        <translation>Piezas &amp;entregadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The due day is before it goes out, {day}.</source>
        <translation>El día de devolución es anterior a la salida, {day}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose who takes it from the list</source>
        <translation>elija de la lista quién lo lleva</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/words.py" line="+14"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Loans</name>
    <message>
        <location filename="../../services/resources/loans.py" line="+185"/>
        <source>A loan starts when the item goes out; reserve it for a later day.</source>
        <extracomment>Not back and past its due day, as of the day read. Days past the due day: until today while out, until the return once back.</extracomment>
        <translation>Un préstamo empieza el día en que el artículo sale; para otro día, resérvelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due day is before it goes out, {day}.</source>
        <translation>El día de devolución es anterior a la salida, el {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lend at least one.</source>
        <translation>Preste al menos uno.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>That loan was already returned on {day}.</source>
        <translation>Ese préstamo ya se devolvió el {day}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The return day cannot be in the future.</source>
        <translation>El día de devolución no puede ser una fecha futura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return day is before it went out ({day}).</source>
        <translation>El día de devolución es anterior a la salida ({day}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No deposit was taken for this loan.</source>
        <translation>En este préstamo no se cobró depósito.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {amount} was taken as a deposit.</source>
        <translation>Solo se cobraron {amount} de depósito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why part of the deposit is kept (damage, say).</source>
        <translation>Indique por qué se retiene parte del depósito (por ejemplo, daños).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>That loan was returned on {day}; lend the item again instead.</source>
        <translation>Ese préstamo se devolvió el {day}; mejor preste el artículo de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a day after the due day now, {day}.</source>
        <translation>Elija un día posterior a la devolución prevista ahora, el {day}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/help_menu.py" line="-113"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GroupDesk…</source>
        <translation>&amp;Acerca de GroupDesk…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Self-test…</source>
        <translation>Auto&amp;comprobación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+56"/>
        <source>Sections</source>
        <extracomment>The page F5 syncs from (`sync_now`). The page that makes and previews reports (`open_report`).</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="+86"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/search/__init__.py" line="+21"/>
        <source>&amp;Find everywhere…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="+72"/>
        <source>Meeting</source>
        <extracomment>The meeting&apos;s key, once it is stored (a new meeting&apos;s first save).</extracomment>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the meeting</source>
        <translation>Partes de la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;genda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendan&amp;ce</source>
        <translation>Asis&amp;tencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision&amp;s</source>
        <translation>Decision&amp;es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act&amp;ions</source>
        <translation>Ta&amp;reas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;y</source>
        <translation>Dí&amp;a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;arts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends at</source>
        <translation>Ter&amp;mina a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the &amp;next day (past midnight)</source>
        <translation>Termina al día &amp;siguiente (pasada la medianoche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the next day</source>
        <translation>Termina al día siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accessi&amp;bility notes</source>
        <translation>Notas de accesi&amp;bilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>C&amp;hair</source>
        <translation>&amp;Preside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote-taker</source>
        <translation>Toma el a&amp;cta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the se&amp;ries…</source>
        <translation>Cambiar la se&amp;rie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the series</source>
        <translation>Cambiar la serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series&apos; rule and details, for every meeting or from this one on</source>
        <translation>La regla y los datos de la serie, para todas las reuniones o desde esta en adelante</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Give the day of the meeting</source>
        <extracomment>The series this meeting belongs to, and its start as the rule made it.</extracomment>
        <translation>Indique el día de la reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the meeting a title</source>
        <translation>Póngale un título a la reunión</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved. Now take attendance, record decisions and actions in the tabs.</source>
        <translation>Guardado. Ahora tome asistencia y anote las decisiones y las tareas en las pestañas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the details first</source>
        <translation>Primero guarde los datos</translation>
    </message>
</context>
<context>
    <name>MeetingForms</name>
    <message>
        <location filename="../../ui/meetings/tab.py" line="+50"/>
        <source>write the day as {example} or {short}, or pick it (Alt+Down)</source>
        <translation>escriba el día como {example} o {short}, o elíjalo (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{example} (optional)</source>
        <translation>{example} (opcional)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video &amp;link</source>
        <translation>Enlace de &amp;video</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <location filename="../../services/meetings/attendance.py" line="+100"/>
        <source>{status!r} is not present, apologies or absent</source>
        <extracomment>present / apologies / absent, or None while not marked.</extracomment>
        <translation>{status!r} no es presente, se excusó ni ausente</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{count} is not a number of guests</source>
        <translation>{count} no es un número de invitados</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n names given for {count} guests; raise the count</source>
        <translation>
            <numerusform>hay %n nombre para {count} invitados; aumente el número</numerusform>
            <numerusform>hay %n nombres para {count} invitados; aumente el número</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} names given for {count} guests; raise the count</source>
        <translation type="vanished">hay {names} nombres para {count} invitados; aumente el número</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>mark the member present first; only those present arrive or leave</source>
        <translation>marque primero al miembro como presente; solo quien está presente llega o se va</translation>
    </message>
    <message>
        <location filename="../../services/meetings/actions.py" line="+63"/>
        <location line="+87"/>
        <source>say what is to be done</source>
        <extracomment>Still open after its due date (as of the day the list was read, or the meeting&apos;s).</extracomment>
        <translation>indique qué hay que hacer</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>an agenda item&apos;s action needs its meeting</source>
        <translation>la acción de un punto del orden del día necesita su reunión</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+83"/>
        <source>{due:%Y-%m-%d} is before the meeting ({day:%Y-%m-%d})</source>
        <translation>el {due:%Y-%m-%d} es anterior a la reunión ({day:%Y-%m-%d})</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../../services/meetings/attendance.py" line="+15"/>
        <location filename="../../services/meetings/decisions.py" line="+179"/>
        <source>that agenda item belongs to another meeting</source>
        <translation>ese punto del orden del día es de otra reunión</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{status!r} is not open, done or dropped</source>
        <translation>{status!r} no es pendiente, hecha ni descartada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an action is closed at a meeting, not opened</source>
        <translation>una acción se cierra en una reunión, no se abre</translation>
    </message>
    <message>
        <location filename="../../services/meetings/attendance.py" line="+6"/>
        <source>they left at an item before the one they arrived at</source>
        <translation>se fue en un punto anterior al de su llegada</translation>
    </message>
    <message>
        <source>keep the {field} under {count} characters</source>
        <extracomment>Fields a meeting and a series both have, with their longest length (None: not text). The people fields, with how a message names them.</extracomment>
        <translation type="vanished">use menos de {count} caracteres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/meetings/details.py" line="+44"/>
        <source>keep the {field} under %n characters</source>
        <extracomment>Fields a meeting and a series both have, with their longest length (None: not text). The people fields, with how a message names them.</extracomment>
        <translation>
            <numerusform>use menos de %n carácter</numerusform>
            <numerusform>use menos de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a meeting needs a title</source>
        <translation>cada reunión necesita un título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a meeting needs a kind</source>
        <translation>cada reunión necesita un tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text!r} is not a web link (it starts with https://)</source>
        <translation>{text!r} no es un enlace web (empieza con https://)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the meeting ends ({end:%Y-%m-%d %H:%M}) before it starts ({start:%Y-%m-%d %H:%M})</source>
        <translation>la reunión termina ({end:%Y-%m-%d %H:%M}) antes de empezar ({start:%Y-%m-%d %H:%M})</translation>
    </message>
    <message>
        <location filename="../../services/meetings/records.py" line="+124"/>
        <source>{status!r} is not planned, held or cancelled</source>
        <extracomment>What `edit_meeting` changes: the shared details, the times, the status and the private note. How far `list_meetings` looks ahead (upcoming) or back (past) unless told.</extracomment>
        <translation>{status!r} no es prevista, realizada ni cancelada</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location filename="../../services/meetings/series.py" line="+191"/>
        <location line="+75"/>
        <source>give a date and a time</source>
        <translation>indique una fecha y una hora</translation>
    </message>
    <message>
        <location filename="../../services/meetings/decisions.py" line="-23"/>
        <source>say what the motion is</source>
        <extracomment>The group&apos;s rule as set (&quot;12&quot;, &quot;1/3&quot;; empty for none). Valid proxies held by those present.</extracomment>
        <translation>indique cuál es la moción</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>only {present} of the {needed} needed for a quorum are present; the chair must confirm recording this vote without quorum</source>
        <translation>solo hay {present} de los {needed} necesarios para el quórum; quien preside debe confirmar que se anota esta votación sin quórum</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>minutes are approved at a later meeting than the one they record</source>
        <translation>el acta se aprueba en una reunión posterior a la que recoge</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="+78"/>
        <location line="+70"/>
        <source>an agenda item needs a title</source>
        <extracomment>The fields `add_item` and `edit_item` take.</extracomment>
        <translation>cada punto del orden del día necesita un título</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>keep the title under 300 characters</source>
        <translation>use menos de 300 caracteres para el título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{minutes!r} is not a number of minutes (0 to 1440)</source>
        <translation>{minutes!r} no es un número de minutos (de 0 a 1440)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>This meeting is not part of a series; there is none before it.</source>
        <translation>Esta reunión no forma parte de una serie; no hay ninguna anterior.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No earlier meeting of this series has an agenda to copy.</source>
        <translation>Ninguna reunión anterior de esta serie tiene un orden del día que copiar.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/outcomes.py" line="+82"/>
        <source>{text!r}: the share must be above 0 and at most 1</source>
        <extracomment>Chosen by the meeting, never computed from counts. What makes a group&apos;s own rule count abstentions as votes cast (&quot;3/5 counting abstentions&quot;). The count fields in the order a form shows them; a count that takes the total past those present is the one named in the refusal. The share of votes cast needed. True: more than `share` (a majority is more than half); False: at least `share`.</extracomment>
        <translation>{text!r}: la proporción debe ser mayor que 0 y como mucho 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r} is not a decision rule; choose simple majority, two thirds, consensus, or a share such as 3/5 (add &apos;{counting}&apos; if they count as votes cast)</source>
        <translation>{text!r} no es una regla de decisión; elija mayoría simple, dos tercios, consenso o una proporción como 3/5 (agregue &apos;{counting}&apos; si las abstenciones cuentan como votos emitidos)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} is not a number of people</source>
        <translation>{count} no es un número de personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a consensus is reached by the consensus method, and only by it</source>
        <translation>el consenso se alcanza solo con el método de consenso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consensus has no votes against or abstentions; record a stand-aside or a block</source>
        <translation>un consenso no tiene votos en contra ni abstenciones; anote quién se hace a un lado o un bloqueo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stand-asides and blocks are only for a consensus</source>
        <translation>hacerse a un lado y bloquear solo existen en un consenso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{running} people counted but only {present} present and {proxies} proxies</source>
        <translation>se contaron {running} personas, pero solo hay {present} presentes y {proxies} poderes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{running} people counted but only {present} present</source>
        <translation>se contaron {running} personas, pero solo hay {present} presentes</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{text!r} is not a quorum; give a number of people (12) or a share of the active members (1/3 or 40%)</source>
        <translation>{text!r} no es un quórum; indique un número de personas (12) o una proporción de los miembros activos (1/3 o 40%)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this group does not allow voting by proxy</source>
        <translation>este grupo no permite votar por poder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not marked present; a proxy counts only if its holder is present</source>
        <translation>{name} no está marcado como presente; un poder cuenta solo si quien lo tiene está presente</translation>
    </message>
    <message>
        <location filename="../../services/meetings/recurrence.py" line="+40"/>
        <source>{name!r} is not a time zone (like Europe/London or America/Chicago)</source>
        <translation>{name!r} no es una zona horaria (como Europe/Madrid o America/Mexico_City)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+54"/>
        <source>{text!r} is not a repeat rule ({example})</source>
        <translation>{text!r} no es una regla de repetición ({example})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{text!r} needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY ({example})</source>
        <translation>{text!r} necesita FREQ=DAILY, WEEKLY, MONTHLY o YEARLY ({example})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r} has both COUNT and UNTIL; keep one</source>
        <translation>{text!r} tiene COUNT y UNTIL a la vez; deje uno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>COUNT={count} is not a number of meetings</source>
        <translation>COUNT={count} no es un número de reuniones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UNTIL={until} is not a date like 20271231</source>
        <translation>UNTIL={until} no es una fecha como 20271231</translation>
    </message>
    <message>
        <location filename="../../services/meetings/series.py" line="-176"/>
        <source>{minutes!r} is not a length in minutes (1 to 1440)</source>
        <extracomment>What `edit_series` changes besides the shared details.</extracomment>
        <translation>{minutes!r} no es una duración en minutos (de 1 a 1440)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the series ends ({day}) before it starts</source>
        <translation>la serie termina ({day}) antes de empezar</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the series has no meeting at {start:%Y-%m-%d %H:%M}</source>
        <translation>la serie no tiene ninguna reunión el {start:%Y-%m-%d %H:%M}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/meetings/minutes.py" line="+41"/>
        <source>keep one item&apos;s minutes under %n characters</source>
        <extracomment>Long enough for a full discussion, short enough to keep one item&apos;s minutes readable.</extracomment>
        <translation>
            <numerusform>el acta de un punto debe tener menos de %n carácter</numerusform>
            <numerusform>el acta de un punto debe tener menos de %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRulesBox</name>
    <message>
        <location filename="../../ui/meetings/settings_box.py" line="+33"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the group meets: new meetings start in it</source>
        <translation>Dónde se reúne el grupo: las reuniones nuevas empiezan en esta zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12, or 1/3 of the active members; empty: none</source>
        <translation>12, o 1/3 de los miembros activos; vacío: ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quorum</source>
        <translation>&amp;Quórum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or the group&apos;s own share of the votes cast, like 3/5 counting abstentions</source>
        <translation>O la proporción de votos emitidos que use el grupo, como 3/5 contando abstenciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decided by</source>
        <translation>Se &amp;decide por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members may &amp;vote by proxy</source>
        <translation>Los miembros pueden &amp;votar por poder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy vote counts only when the member holding it is present</source>
        <translation>Un voto por poder cuenta solo si está presente el miembro que lo tiene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;meeting rules</source>
        <translation>Guardar las r&amp;eglas de reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save meeting rules</source>
        <translation>Guardar las reglas de reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting rules result</source>
        <translation>Resultado de las reglas de reunión</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <location filename="../../ui/words.py" line="-173"/>
        <source>general meeting</source>
        <translation>asamblea general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee</source>
        <translation>comisión directiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working group</source>
        <translation>grupo de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translation>encuentro social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apologies</source>
        <translation>se excusó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show of hands</source>
        <translation>a mano alzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret ballot</source>
        <translation>voto secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus</source>
        <translation>consenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defeated</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deferred</source>
        <translation>aplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simple majority</source>
        <translation>mayoría simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two thirds</source>
        <translation>dos tercios</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings/page.py" line="+14"/>
        <source>Last result</source>
        <extracomment>Asks where to save a file; tests pass their own answer.</extracomment>
        <translation>Último resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>Planificar una reunión (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New s&amp;eries…</source>
        <translation>Nueva s&amp;erie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a meeting that repeats (every second Tuesday…)</source>
        <translation>Planificar una reunión que se repite (cada dos martes…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar file (.ics) of the upcoming meetings, for phones and calendars</source>
        <translation>Un archivo de calendario (.ics) de las próximas reuniones, para teléfonos y calendarios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Meetings or actions</source>
        <translation>Reuniones o tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Upcoming</source>
        <extracomment>Whether the Actions tab shows what the group holds now; it reads when first shown.</extracomment>
        <translation>Próximas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles, kinds, places… (Ctrl+F)</source>
        <translation>Buscar títulos, tipos, lugares… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan the first meeting…</source>
        <translation>Planificar la primera reunión…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print a&amp;genda…</source>
        <translation>Imprimir &amp;orden del día…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the agenda</source>
        <translation>Imprimir el orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-&amp;in sheet…</source>
        <translation>Hoja de &amp;firmas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minu&amp;tes…</source>
        <translation>&amp;Acta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a meeting in the list first</source>
        <translation>Primero elija una reunión de la lista</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner:</source>
        <translation>Re&amp;sponsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen only</source>
        <translation>Solo &amp;pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;verdue only</source>
        <translation>Solo atrasa&amp;das</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actions</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an action with Enter or a double click</source>
        <translation>Abra una tarea con Intro o con doble clic</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No meeting matches. Clear the search or choose Any kind.</source>
        <translation>Ninguna reunión coincide. Borre la búsqueda o elija Cualquier tipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meetings held yet: a meeting shows here once its day is past.</source>
        <translation>Todavía no se hizo ninguna reunión: una reunión aparece aquí cuando pasa su fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan the group&apos;s meetings here: the agenda, who came, the decisions taken and the actions agreed, ready to print. Nothing is planned yet (Ctrl+N).</source>
        <translation>Planifique aquí las reuniones del grupo: el orden del día, quién asistió, las decisiones tomadas y las tareas acordadas, listas para imprimir. Todavía no hay nada planificado (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved %n meeting(s) to {path}.</source>
        <translation>
            <numerusform>Se guardó %n reunión en {path}.</numerusform>
            <numerusform>Se guardaron %n reuniones en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
</context>
<context>
    <name>MemberCare</name>
    <message>
        <location filename="../../services/members/checkins.py" line="+97"/>
        <source>{how!r} is not a way of checking in; choose call, visit, message or other</source>
        <extracomment>&quot;follow-up&quot; (a check-in asked for one) or &quot;not seen&quot; (no contact for weeks). When the follow-up falls due; for &quot;not seen&quot;, when contact was last had (or joining).</extracomment>
        <translation>{how!r} no es una forma de contacto; elija llamada, visita, mensaje u otro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a check-in is made by someone else</source>
        <translation>el contacto lo hace otra persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the follow-up ({follow_up}) is before the check-in ({day})</source>
        <translation>el seguimiento ({follow_up}) es anterior al contacto ({day})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep the note under 4000 characters</source>
        <translation>use menos de 4000 caracteres en la nota</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this check-in asked for no follow-up</source>
        <translation>este contacto no pedía seguimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the follow-up cannot be done ({done}) before the check-in ({day})</source>
        <translation>el seguimiento no puede hacerse ({done}) antes del contacto ({day})</translation>
    </message>
    <message>
        <location filename="../../services/members/mentorships.py" line="+61"/>
        <source>someone cannot mentor themselves</source>
        <translation>nadie puede ser su propio mentor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{mentor} has mentored {mentee} since {day}; end that mentorship first</source>
        <translation>{mentor} es mentor de {mentee} desde el {day}; termine primero esa mentoría</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it cannot end ({end}) before it started ({start})</source>
        <translation>no puede terminar ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <location filename="../../services/members/roles.py" line="+52"/>
        <source>the role cannot end ({end}) before it started ({start})</source>
        <translation>el cargo no puede terminar ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>name the role, like treasurer</source>
        <translation>indique el cargo, por ejemplo, tesorero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep the role under 100 characters</source>
        <translation>use menos de 100 caracteres para el cargo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} already holds {role!r} from {day}; end that first</source>
        <translation>{name} ya tiene el cargo {role!r} desde el {day}; termínelo primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} already holds {role!r}; end that first</source>
        <translation>{name} ya tiene el cargo {role!r}; termínelo primero</translation>
    </message>
    <message>
        <location filename="../../services/members/skills.py" line="+51"/>
        <source>name the skill, like first aid</source>
        <translation>indique la habilidad, por ejemplo, primeros auxilios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the skill under 100 characters</source>
        <translation>use menos de 100 caracteres para la habilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind!r} is not a kind; choose skill or interest</source>
        <translation>{kind!r} no es un tipo; elija habilidad o interés</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <location filename="../../ui/members/detail.py" line="+54"/>
        <source>Member details</source>
        <extracomment>&quot;edit&quot;, &quot;delete&quot;, &quot;restore&quot;, &quot;forget&quot;, &quot;role&quot;, &quot;skill&quot;, &quot;mentor&quot;, &quot;checkin&quot;, or &quot;unmerge:&lt;id of the merged record&gt;&quot;.</extracomment>
        <translation>Datos del miembro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <extracomment>The group&apos;s locale, for the services&apos; sentences in other areas&apos; tabs.</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add a &amp;role…</source>
        <translation>Agregar un &amp;cargo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skill or interest</source>
        <translation>Habilidad o interés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can teach</source>
        <translation>Puede enseñar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a s&amp;kill…</source>
        <translation>Agregar una &amp;habilidad…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentee</source>
        <translation>Aprendiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;mentoring…</source>
        <translation>Iniciar &amp;mentoría…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a check-in…</source>
        <translation>&amp;Anotar un contacto…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile</source>
        <extracomment>Other areas&apos; tabs by key (`MemberDetail.tabs`), made when first shown.</extracomment>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Needs doing</source>
        <extracomment>What another area says needs doing about this member (things borrowed by someone who has left), from its tab&apos;s `warning`.</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Se unió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Se fue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget at their re&amp;quest…</source>
        <translation>Olvidar a su pe&amp;dido…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a member in the list.</source>
        <translation>Elija un miembro de la lista.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>may be contacted</source>
        <translation>se le puede contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos</source>
        <translation>fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed roster</source>
        <translation>lista impresa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (done)</source>
        <translation> (hecho)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Merged from {name} on {date}</source>
        <translation>Unido con {name} el {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separate again</source>
        <translation>Separar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate {name} again</source>
        <translation>Separar de nuevo a {name}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/members/member_dialog.py" line="+75"/>
        <source>Edit {name}</source>
        <extracomment>The save on its way to the database (None when none is).</extracomment>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member</source>
        <translation>Agregar un miembro</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save member</source>
        <translation>Guardar miembro</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name hint</source>
        <translation>Indicación sobre el nombre completo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what to call them</source>
        <translation>cómo llamarle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;nouns</source>
        <translation>Prono&amp;mbres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. she/her, they/them</source>
        <translation>p. ej. ella, elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. English, Arabic</source>
        <translation>p. ej. español, árabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accessibility needs</source>
        <translation>Necesidades de &amp;accesibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Joined on</source>
        <translation>Se &amp;unió el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lef&amp;t on</source>
        <translation>Se fue e&amp;l</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>May be &amp;contacted</source>
        <translation>Se le puede &amp;contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May appear in photos</source>
        <translation>Puede aparecer en &amp;fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in the printed &amp;roster</source>
        <translation>Apa&amp;rece en la lista impresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  given or withdrawn on</source>
        <translation>  dado o retirado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (empty: today)</source>
        <translation>AAAA-MM-DD (vacío: hoy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  how</source>
        <translation>  cómo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{consent}: given or withdrawn on</source>
        <translation>{consent}: dado o retirado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{consent}: how it was given</source>
        <translation>{consent}: cómo se dio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter the member&apos;s full name first.</source>
        <translation>Primero escriba el nombre completo del miembro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is already a member called {name}: you can still add this one.</source>
        <translation>Ya hay un miembro llamado {name}: puede agregar este de todos modos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are already {count} members called {name}: you can still add this one.</source>
        <translation>Ya hay {count} miembros llamados {name}: puede agregar este de todos modos.</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <location filename="../../services/members/fields.py" line="+114"/>
        <source>write it as YYYY-MM-DD, like 2024-05-03</source>
        <extracomment>Free-text fields and their longest length (None: no limit but MAX_TEXT). Every field a person may set, in the order forms and exports show them. Countries whose English name takes &quot;the&quot; (&quot;in the United Kingdom&quot;).</extracomment>
        <translation>escríbala como AAAA-MM-DD, por ejemplo 2024-05-03</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text!r} is not a day of the calendar</source>
        <translation>{text!r} no es un día del calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text!r} has a two-digit year; {hint}</source>
        <translation>{text!r} tiene el año con dos cifras; {hint}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text!r} is not a date; {hint}</source>
        <translation>{text!r} no es una fecha; {hint}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{value!r} is not yes or no</source>
        <translation>{value!r} no es sí ni no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r} is not an email address</source>
        <translation>{text!r} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{text!r} needs its country code, like +44 20 7946 0018</source>
        <translation>A {text!r} le falta el prefijo del país, como en +44 20 7946 0018</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text!r} needs its country code, like +44 20 7946 0018 (or set the group&apos;s country in Settings)</source>
        <translation>A {text!r} le falta el prefijo del país, como en +44 20 7946 0018 (o indique el país del grupo en Configuración)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{text!r} starts with a country code that does not exist</source>
        <translation>{text!r} empieza con un prefijo de país que no existe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{text!r} is not a phone number</source>
        <translation>{text!r} no es un número de teléfono</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text!r} is too short for a phone number</source>
        <translation>{text!r} es demasiado corto para ser un número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is too long for a phone number</source>
        <translation>{text!r} es demasiado largo para ser un número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} has the wrong number of digits for a phone number</source>
        <translation>{text!r} no tiene la cantidad de cifras de un número de teléfono</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text!r} is too short for a phone number in {country}</source>
        <translation>{text!r} es demasiado corto para ser un número de teléfono del país del grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text!r} is too long for a phone number in {country}</source>
        <translation>{text!r} es demasiado largo para ser un número de teléfono del país del grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text!r} has the wrong number of digits for a phone number in {country}</source>
        <translation>{text!r} no tiene la cantidad de cifras de un número de teléfono del país del grupo</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>keep it under %n characters</source>
        <translation>
            <numerusform>use menos de %n carácter</numerusform>
            <numerusform>use menos de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>keep it under {count} characters</source>
        <translation type="vanished">use menos de {count} caracteres</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>a member needs a name</source>
        <extracomment>Each field&apos;s rule, chosen once: an import runs them for every cell of every row. What an empty value is, for the fields that may be empty (most cells of an import are). Field → each row&apos;s clean value (every field a member has, and the sort key); what a refused row&apos;s place holds says nothing. The place of each refused row → the error checking it alone raises.</extracomment>
        <translation>cada miembro necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../services/members/checkins.py" line="-44"/>
        <location filename="../../services/members/fields.py" line="-206"/>
        <location filename="../../services/members/mentorships.py" line="-42"/>
        <location line="+49"/>
        <location filename="../../services/members/roles.py" line="-52"/>
        <source>{day} is in the future</source>
        <extracomment>Offered in forms; any other role may be typed.</extracomment>
        <translation>{day} es una fecha futura</translation>
    </message>
    <message>
        <location filename="../../services/members/fields.py" line="+11"/>
        <source>{value!r} is not a way of giving consent; choose form, email or in person</source>
        <translation>{value!r} no es una forma de dar el consentimiento; elija formulario, correo electrónico o en persona</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value!r} is not a status; choose active, inactive or left</source>
        <translation>{value!r} no es un estado; elija activo, inactivo o se fue</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>the leaving date {left} is before the joining date {joined}</source>
        <translation>la fecha de baja, {left}, es anterior a la de alta, {joined}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a member who has left has a leaving date; set the status to left (it is {status})</source>
        <translation>solo un miembro que se fue tiene fecha de baja; cambie el estado a «se fue» (ahora es {status})</translation>
    </message>
</context>
<context>
    <name>MemberFilters</name>
    <message>
        <location filename="../../ui/members/member_list.py" line="+81"/>
        <source>Search names, email, roles, skills… (Ctrl+F)</source>
        <translation>Buscar nombres, correos, cargos, habilidades… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>se fue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any role</source>
        <translation>Cualquier cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any skill</source>
        <translation>Cualquier habilidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any consent</source>
        <translation>Cualquier consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be contacted</source>
        <translation>se le puede contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos allowed</source>
        <translation>fotos permitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in printed roster</source>
        <translation>en la lista impresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any need</source>
        <translation>Cualquier necesidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a check-in</source>
        <translation>necesita un contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new without a mentor</source>
        <translation>nuevo sin mentor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w deleted</source>
        <translation>&amp;Mostrar eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted and forgotten records</source>
        <translation>Mostrar registros eliminados y olvidados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Filter by {what}</source>
        <translation>Filtrar por {what}</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../../services/members/importing.py" line="+335"/>
        <source>this row is not valid CSV ({problem})</source>
        <extracomment>header → field (or part of a field, as `contact_columns.PART_LABELS`), for the columns that were read. Headers not imported that hold a value in some row (unknown, or written by export for reading only). Rows with data (blank lines are not counted). Every header of the file, in its order (for choosing what each column is). True when the encoding was a guess: `sample_names` shows how the names read with it, and `other_encodings` are the others it may be in. Good rows that match a member already here. What was done with them: &quot;skip&quot;, &quot;merge&quot;, &quot;add&quot;, or None if nobody said. (line, place in `checked`, [(skill, kind)]) of each good row. Every row&apos;s checked values a field at a time: written as they are, a row&apos;s values made only where one is looked at alone (a merge). header → what it is read as when nobody says (recognised headers only). header → its first value, so the person can see what the column holds.</extracomment>
        <translation>esta fila no es CSV válido ({problem})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this row has {values} values but the header has {columns} columns (a value with a comma in it needs quotes around it)</source>
        <translation>esta fila tiene {values} valores, pero la cabecera tiene {columns} columnas (un valor que lleva una coma debe ir entre comillas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this row has {values} values but the header has {columns} columns</source>
        <translation>esta fila tiene {values} valores, pero la cabecera tiene {columns} columnas</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>{name!r}… is too long</source>
        <translation>{name!r}… es demasiado largo</translation>
    </message>
</context>
<context>
    <name>MemberRecords</name>
    <message>
        <location filename="../../services/members/erasure.py" line="+108"/>
        <source>Member {id} was already forgotten on {day}.</source>
        <extracomment>Records merged into the member, forgotten with them. Rows about them whose personal text was blanked. Past values blanked in the change log.</extracomment>
        <translation>El miembro {id} ya fue olvidado el {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record was merged into {other}; forget that record, which forgets this one too.</source>
        <translation>Este registro se unió con {other}; olvide ese registro, y este se olvidará también.</translation>
    </message>
    <message>
        <location filename="../../services/members/merge.py" line="+65"/>
        <source>choose two different records to merge</source>
        <extracomment>Survivor fields filled from the merged record when the survivor&apos;s is empty. How many references moved, by table. Survivor fields that took the merged record&apos;s value. References changed since the merge and so left where they are now.</extracomment>
        <translation>elija dos registros distintos para unir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{keep} and {other} are in a mentorship together, so they are two people; they were not merged.</source>
        <translation>{keep} y {other} tienen una mentoría juntos, así que son dos personas; no se unieron.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{name} was not merged into anyone.</source>
        <translation>El registro de {name} no se unió con ningún otro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../services/members/records.py" line="+562"/>
        <source>Member {id} was forgotten at their request.</source>
        <extracomment>Separates values packed by group_concat (never typed in a name). Roles held today. Skill and interest names, as typed. Roles held on the roster&apos;s day.</extracomment>
        <translation>El miembro {id} fue olvidado a petición suya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record {id} it was merged into is missing.</source>
        <translation>Falta el registro {id} con el que se unió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was itself merged into {other} since; undo that merge first.</source>
        <translation>Después, el registro de {name} se unió a su vez con {other}; deshaga primero esa unión.</translation>
    </message>
    <message>
        <location filename="../../services/members/records.py" line="+6"/>
        <source>{name} was merged into {other}; to separate them again, undo the merge.</source>
        <translation>El registro de {name} se unió con {other}; para separarlos otra vez, deshaga la unión.</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <location filename="../../services/grants/member_tabs.py" line="+30"/>
        <source>micro-grant</source>
        <translation>microayuda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reimbursement</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/meetings/member_tabs.py" line="+61"/>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No micro-grants or reimbursements.</source>
        <translation>No hay microayudas ni reembolsos.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/member_tabs.py" line="-2"/>
        <source>Meetings</source>
        <extracomment>A long-standing member&apos;s tab shows their latest meetings; the attendance figures count all.</extracomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked present at any meeting yet.</source>
        <translation>Todavía no figura como presente en ninguna reunión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title} — arrived late</source>
        <translation>{title} — llegó tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — left early</source>
        <translation>{title} — se fue antes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Actions</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised at</source>
        <translation>Surgió en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owns no actions.</source>
        <translation>No tiene tareas a su cargo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} (overdue)</source>
        <translation>{status} (atrasada)</translation>
    </message>
    <message>
        <location filename="../../services/resources/member_tabs.py" line="+33"/>
        <source>deposit held</source>
        <translation>depósito retenido</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Has left but still has %n thing(s) borrowed: {things}. Ask for them back before they go.</source>
        <translation>
            <numerusform>Ha dejado el grupo, pero aún tiene %n cosa prestada: {things}. Pídasela antes de que se vaya.</numerusform>
            <numerusform>Ha dejado el grupo, pero aún tiene %n cosas prestadas: {things}. Pídaselas antes de que se vaya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Borrowed</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out since</source>
        <translation>Prestado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due back</source>
        <translation>Devolver el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing borrowed at the moment.</source>
        <translation>No tiene nada prestado en este momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} (overdue)</source>
        <translation>{day} (atrasado)</translation>
    </message>
</context>
<context>
    <name>MemberWords</name>
    <message>
        <location filename="../../ui/words.py" line="-38"/>
        <source>active</source>
        <extracomment>A History tab&apos;s words: what was done, to which kind of record, and how it involves the one shown. Each area&apos;s stored words (tests/ui/test_words.py checks the models&apos; lists are all here).</extracomment>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>se fue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>interés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/members/page.py" line="+24"/>
        <source>How many members are shown</source>
        <extracomment>And the areas with tabs on a member&apos;s detail (what they borrowed, the meetings they attended), so a loan returned elsewhere shows here. Asks before a delete or an erasure; tests pass their own answer. The member to choose when the next list arrives (one just saved elsewhere).</extracomment>
        <translation>Cuántos miembros se muestran</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add member</source>
        <translation>&amp;Agregar miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Agregar un miembro (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find d&amp;uplicates…</source>
        <translation>Buscar d&amp;uplicados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;roster…</source>
        <translation>Im&amp;primir lista…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of the active members who agreed to be listed, to print or share</source>
        <translation>Un PDF de los miembros activos que aceptaron figurar en la lista, para imprimir o compartir</translation>
    </message>
    <message>
        <source>Search names, email, roles, skills… (Ctrl+F)</source>
        <translation type="vanished">Buscar nombres, correos, cargos, habilidades… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="vanished">Buscar miembros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="vanished">Cualquier estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="vanished">activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="vanished">inactivo</translation>
    </message>
    <message>
        <source>left</source>
        <translation type="vanished">se fue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Cargo</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="vanished">Cualquier cargo</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="vanished">Habilidad</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="vanished">Cualquier habilidad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="vanished">Consentimiento</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation type="vanished">Cualquier consentimiento</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation type="vanished">se le puede contactar</translation>
    </message>
    <message>
        <source>photos allowed</source>
        <translation type="vanished">fotos permitidas</translation>
    </message>
    <message>
        <source>in printed roster</source>
        <translation type="vanished">en la lista impresa</translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="vanished">Necesidad</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation type="vanished">Cualquier necesidad</translation>
    </message>
    <message>
        <source>needs a check-in</source>
        <translation type="vanished">necesita un contacto</translation>
    </message>
    <message>
        <source>new without a mentor</source>
        <translation type="vanished">nuevo sin mentor</translation>
    </message>
    <message>
        <source>Sho&amp;w deleted</source>
        <translation type="vanished">&amp;Mostrar eliminados</translation>
    </message>
    <message>
        <source>Show deleted and forgotten records</source>
        <translation type="vanished">Mostrar registros eliminados y olvidados</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="vanished">&amp;Buscar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="vanished">Miembros</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Why the list is empty</source>
        <extracomment>Says what is true when the list is empty, and the first thing to do.</extracomment>
        <translation>Por qué la lista está vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Buscar</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation type="vanished">Filtrar por {what}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{shown} of {total} members shown</source>
        <translation>Se muestran {shown} de {total} miembros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} members</source>
        <translation>{total} miembros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody is here yet. Add your first member with Add member (Ctrl+N), or bring in the list you already keep with Import… (a CSV file from a spreadsheet, Google Contacts or Outlook).</source>
        <translation>Todavía no hay nadie. Agregue su primer miembro con Agregar miembro (Ctrl+N) o traiga la lista que ya tiene con Importar… (un archivo CSV de una hoja de cálculo, Google Contacts u Outlook).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody matches the search and filters. Clear the search or choose &apos;Any&apos; in the filters to see all {total}.</source>
        <translation>Nadie coincide con la búsqueda y los filtros. Borre la búsqueda o elija «Cualquier…» en los filtros para ver a los {total}.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Saved {name}.</source>
        <translation>Se guardó a {name}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} leaves the list. Their roles, check-ins and history are kept, and Show deleted → Restore brings them back.</source>
        <translation>{name} sale de la lista. Se conservan sus cargos, contactos e historial, y con Mostrar eliminados → Restaurar vuelve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted {name}.</source>
        <translation>Se eliminó a {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored {name}.</source>
        <translation>Se restauró a {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget {name}?</source>
        <translation>¿Olvidar a {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their name, contact details and notes are blanked for good, here and in the history, and on the other laptops after the next sync. Counts such as attendance stay right. This cannot be undone.</source>
        <translation>Su nombre, sus datos de contacto y sus notas se borran para siempre, aquí y en el historial, y en los otros equipos después de la próxima sincronización. Los recuentos, como la asistencia, siguen siendo correctos. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgot a member at their request.</source>
        <translation>Se olvidó a un miembro a su pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separated the merged records again.</source>
        <translation>Se separaron de nuevo los registros unidos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import members</source>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported 1 member.</source>
        <translation>Se importó 1 miembro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} members.</source>
        <translation>Se importaron {count} miembros.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export members</source>
        <translation>Exportar miembros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported 1 member to {path}.</source>
        <translation>Se exportó 1 miembro a {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} members to {path}.</source>
        <translation>Se exportaron {count} miembros a {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../../ui/members/member_list.py" line="-151"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members/table_model.py" line="+54"/>
        <source>Name</source>
        <extracomment>(header, what it shows): the columns, in order. Positions of every row in name order (by the stored `sort_key`), made once per load. Each sorted column&apos;s key per row, made on its first sort after a load. Positions in `_rows` of the rows shown, in the order shown. Positions of every row, in the chosen sort order. Which rows the filters allow (None: no filter set). The searches typed since the rows, filters or order last changed, each narrowing the one before, with the rows each showed (first: no words, every allowed row), so that deleting a letter goes back to rows already found instead of scanning them all. Member ids by need (&quot;checkin&quot;, &quot;mentor&quot;), for the care filter.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Se unió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>se fue</translation>
    </message>
</context>
<context>
    <name>MentorshipDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="+88"/>
        <source>Mentoring for {name}</source>
        <translation>Mentoría de {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is mentored by</source>
        <translation>recibe mentoría de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentors</source>
        <translation>es mentor de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Whom</source>
        <translation>&amp;A quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Goals</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose a member from the list</source>
        <translation>elija un miembro de la lista</translation>
    </message>
</context>
<context>
    <name>MicroGrantDialog</name>
    <message>
        <location filename="../../ui/grants/micro_grant_dialog.py" line="+30"/>
        <source>New micro-grant</source>
        <translation>Nueva microayuda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the application</source>
        <translation>Guardar la solicitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type part of a name</source>
        <translation>escriba parte de un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applicant</source>
        <translation>&amp;Solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the member&apos;s project</source>
        <translation>el proyecto del miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project</source>
        <translation>P&amp;royecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What the money is for</source>
        <translation>&amp;Para qué es el dinero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount as&amp;ked</source>
        <translation>Importe pe&amp;dido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the member who applies</source>
        <translation>Elija el miembro que solicita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the project a title</source>
        <translation>Póngale un título al proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the money is for</source>
        <translation>Indique para qué es el dinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the amount asked</source>
        <translation>Indique el importe pedido</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../money.py" line="+58"/>
        <source>{code!r} is not an ISO 4217 currency code (like EUR, GBP or JPY)</source>
        <extracomment>Marks that only steer the direction of text (bidi), never part of a number.</extracomment>
        <translation>{code!r} no es un código de moneda ISO 4217 (como EUR, GBP o JPY)</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>enter an amount, like {example}</source>
        <translation>escriba un importe, por ejemplo {example}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{typed!r} is not an amount; write it like {example}</source>
        <translation>{typed!r} no es un importe; escríbalo así: {example}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{typed!r} is not an amount (did you mean {guesses}?); write it like {example}</source>
        <translation>{typed!r} no es un importe (¿quiso decir {guesses}?); escríbalo así: {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{currency} amounts have at most {places} decimal places; write it like {example}</source>
        <translation>los importes en {currency} llevan como mucho {places} decimales; escríbalo así: {example}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{currency} amounts have no decimal places; write it like {example}</source>
        <translation>los importes en {currency} no llevan decimales; escríbalo así: {example}</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../ui/grants/payment_dialogs.py" line="+52"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Importe ({currency})</translation>
    </message>
</context>
<context>
    <name>MoveBox</name>
    <message>
        <location filename="../../ui/grants/move_box.py" line="+50"/>
        <source>Move &amp;to</source>
        <extracomment>The step just made.</extracomment>
        <translation>Pasar a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the funder&apos;s letter says</source>
        <translation>como dice la carta del financiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount a&amp;warded</source>
        <translation>Importe con&amp;cedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decided by</source>
        <extracomment>Who decides a micro-grant (never its applicant: the service says so beside it).</extracomment>
        <translation>&amp;Decidido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the grant</source>
        <translation>Pasar la subvención</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move result</source>
        <translation>Resultado del cambio</translation>
    </message>
    <message>
        <source>A grant that is {state} can move only to {allowed}.</source>
        <translation type="vanished">Una subvención {state} solo puede pasar a {allowed}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="vanished"> o </translation>
    </message>
    <message>
        <source>A grant that is {state} can move no further.</source>
        <translation type="vanished">Una subvención {state} no puede avanzar más.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>say how much was awarded</source>
        <translation>indique cuánto se concedió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say who decided</source>
        <translation>indique quién decidió</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a grant</source>
        <translation>Elija una subvención</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved the grant from {state} to {target}.</source>
        <translation>La subvención pasó de {state} a {target}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Moved to {state}.</source>
        <translation>Pasó a {state}.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/resources/row_dialogs.py" line="+65"/>
        <source>Move the reservation of {item} for {who}</source>
        <translation>Cambiar la reserva de {item} para {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (the last day)</source>
        <translation>&amp;Hasta (el último día)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last day is before the first, {day}.</source>
        <translation>El último día es anterior al primero, {day}.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/ops.py" line="+194"/>
        <location line="+1"/>
        <source>Cancel</source>
        <extracomment>The text as the work wrote it: a service&apos;s `Message` must arrive whole to be said in the reader&apos;s language (a `str` signal would hand on only its English). Ops still running, kept alive until they finish (a dropped Op would lose its callbacks). What the callback returns is ignored (a callback may start the next Op).</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Could not finish</source>
        <extracomment>The newest read per (parent, key); an answer from any other is stale and dropped.</extracomment>
        <translation>No se pudo terminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GroupDesk hit a problem it did not expect. Nothing was changed by the step that failed. Please copy the details and send them to whoever helps with your computer.</source>
        <translation>GroupDesk encontró un problema inesperado. El paso que falló no cambió nada. Copie los detalles y envíelos a quien le ayude con su computadora.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="+162"/>
        <source>Add an outcome indicator</source>
        <translation>Agregar un indicador de resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Save the outcome indicator</source>
        <translation>Guardar el indicador de resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the outcome indicator</source>
        <translation>Editar el indicador de resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trees planted, people trained…</source>
        <translation>Árboles plantados, personas capacitadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if the funder set one</source>
        <translation>si el financiador puso una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trees, people, sessions…</source>
        <translation>árboles, personas, sesiones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name the outcome</source>
        <translation>Indique el nombre del resultado</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/grants/overview_tab.py" line="+31"/>
        <source>Grant</source>
        <extracomment>Edit was pressed (the page opens the dialog). Funders… was pressed (the page opens the funders list).</extracomment>
        <translation>Subvención</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application deadline</source>
        <translation>Plazo de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant period</source>
        <translation>Período de la subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder&apos;s reference</source>
        <translation>Referencia del financiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the grant</source>
        <translation>Editar la subvención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Funders…</source>
        <translation>&amp;Financiadores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funders: add or edit one</source>
        <translation>Financiadores: agregar o editar uno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funder report…</source>
        <translation>Informe para el financiador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder report</source>
        <translation>Informe para el financiador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget against actual, payments, expenses and outcomes, to print or send</source>
        <translation>Presupuesto frente a lo real, pagos, gastos y resultados, para imprimir o enviar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a grant in the list.</source>
        <translation>Elija una subvención de la lista.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/pages/base.py" line="+50"/>
        <source>Loading…</source>
        <extracomment>The page&apos;s sidebar name, translated in the &quot;Sidebar&quot; context (the registry marks it). Two sentences: what the page is for and its first steps, marked with `QT_TRANSLATE_NOOP(&quot;Guide&quot;, …)` so lupdate collects it. Shown while a read is on its way; each page places it near its heading.</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About this page</source>
        <translation>Acerca de esta página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this page (F1)</source>
        <translation>Acerca de esta página (F1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About this page: {page}</source>
        <translation>Acerca de esta página: {page}</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/resources/item_dialog.py" line="+52"/>
        <source>Parts of {kit}</source>
        <translation>Piezas de {kit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} (in the kit)</source>
        <translation>{part} (en el kit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Part</source>
        <translation>&amp;Pieza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0: take it out of the kit</source>
        <translation>0: sacarla del kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;many in the kit</source>
        <translation>&amp;Cuántas en el kit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>choose an item from the list</source>
        <translation>elija un artículo de la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say how many of it the kit holds</source>
        <translation>indique cuántas tiene el kit</translation>
    </message>
</context>
<context>
    <name>Passphrases</name>
    <message>
        <location filename="../../services/sync/crypto.py" line="+299"/>
        <source>straight rows of keys are easy to guess</source>
        <extracomment>zxcvbn&apos;s reasons (its `feedback.warning`, a fixed set of English sentences) as a clause of the refusal, marked so that a screen says them in its language; the English is zxcvbn&apos;s.</extracomment>
        <translation>las filas seguidas de teclas son fáciles de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short keyboard patterns are easy to guess</source>
        <translation>los dibujos cortos sobre el teclado son fáciles de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats like &quot;aaa&quot; are easy to guess</source>
        <translation>las repeticiones como «aaa» son fáciles de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;</source>
        <translation>las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess</source>
        <translation>las secuencias como «abc» o «6543» son fáciles de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recent years are easy to guess</source>
        <translation>los años recientes son fáciles de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dates are often easy to guess</source>
        <translation>las fechas suelen ser fáciles de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a top-10 common password</source>
        <translation>es una de las 10 contraseñas más comunes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a top-100 common password</source>
        <translation>es una de las 100 contraseñas más comunes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a very common password</source>
        <translation>es una contraseña muy común</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is similar to a commonly used password</source>
        <translation>se parece a una contraseña muy usada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a word by itself is easy to guess</source>
        <translation>una palabra sola es fácil de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names and surnames by themselves are easy to guess</source>
        <translation>los nombres y apellidos solos son fáciles de adivinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>common names and surnames are easy to guess</source>
        <translation>los nombres y apellidos comunes son fáciles de adivinar</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/grants/payment_dialogs.py" line="+26"/>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Save the payment</source>
        <translation>Guardar el pago</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the payment</source>
        <translation>Editar el pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received from the funder</source>
        <translation>Recibido del financiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received or paid</source>
        <translation>&amp;Recibido o pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank transfer, cheque, cash…</source>
        <translation>Transferencia, cheque, efectivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Forma de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ference</source>
        <translation>R&amp;eferencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tranche</source>
        <translation>Sin tramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brings in &amp;tranche</source>
        <translation>Cubre el &amp;tramo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as recorded; remove the payment if it went the other way</source>
        <translation>Se mantiene como se registró; elimine el pago si fue en el otro sentido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{amount} expected {day} ({status})</source>
        <translation>{amount} esperado el {day} ({status})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the day of the payment</source>
        <translation>Indique el día del pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the amount</source>
        <translation>Indique el importe</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../ui/grants/payments_tab.py" line="+37"/>
        <source>Payments recei&amp;ved and made:</source>
        <extracomment>Record a payment / add a tranche to this grant (the page opens the dialog).</extracomment>
        <translation>Pagos recibidos &amp;y hechos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In or out</source>
        <translation>Entra o sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tranches:</source>
        <translation>&amp;Tramos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a pay&amp;ment…</source>
        <translation>Registrar un pago…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit payment…</source>
        <translation>&amp;Editar pago…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen payment</source>
        <translation>Editar el pago elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete payment</source>
        <translation>Eliminar pag&amp;o</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen payment</source>
        <translation>Eliminar el pago elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a tr&amp;anche…</source>
        <translation>Agregar &amp;un tramo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a tranche</source>
        <translation>Agregar un tramo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ed&amp;it tranche…</source>
        <translation>E&amp;ditar tramo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen tranche</source>
        <translation>Editar el tramo elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete tranche</source>
        <translation>E&amp;liminar tramo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen tranche</source>
        <translation>Eliminar el tramo elegido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a payment in the list</source>
        <translation>Elija un pago de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a tranche in the list</source>
        <translation>Elija un tramo de la lista</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete the payment of {amount} on {day}?</source>
        <translation>¿Eliminar el pago de {amount} del {day}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the payment of {amount} on {day}.</source>
        <translation>Se eliminó el pago de {amount} del {day}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the tranche of {amount}?</source>
        <translation>¿Eliminar el tramo de {amount}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the tranche of {amount}.</source>
        <translation>Se eliminó el tramo de {amount}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid out</source>
        <translation>pagado</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/reports/preview.py" line="+47"/>
        <source>◀ Pre&amp;vious page</source>
        <extracomment>The most dots an inch a page is rendered at for the printer. Room the scroll area keeps for its frame and vertical scroll bar.</extracomment>
        <translation>◀ Página &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pa&amp;ge ▶</source>
        <translation>Página &amp;siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page shown</source>
        <translation>Página que se muestra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview of the report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No report made yet.</source>
        <translation>Todavía no se preparó ningún informe.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page {number} of {total} of the report</source>
        <translation>Página {number} de {total} del informe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/resources/photo_strip.py" line="+32"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Photos</source>
        <extracomment>Picture files to add to the item shown (chosen or dropped). The id of the photo to remove. Asks for picture files; tests pass their own answer.</extracomment>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop JPEG or PNG pictures here to add them</source>
        <translation>Suelte aquí imágenes JPEG o PNG para agregarlas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add p&amp;hoto…</source>
        <translation>Agregar &amp;foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Agregar foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve photo</source>
        <translation>&amp;Quitar foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen photo</source>
        <translation>Quitar la foto elegida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the photo was not added</source>
        <translation>Por qué no se agregó la foto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Photo {number} of {item}: {file}</source>
        <translation>Foto {number} de {item}: {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(photo not here yet)</source>
        <translation>(la foto todavía no llegó)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a photo first</source>
        <translation>Primero elija una foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add photos of {item}</source>
        <translation>Agregar fotos de {item}</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../services/resources/photos.py" line="+100"/>
        <source>The photos of this item changed (on another laptop, or in another window); look at them again and put them in order.</source>
        <extracomment>The name the picture had when it was added, for display only.</extracomment>
        <translation>Las fotos de este objeto cambiaron (en otro equipo o en otra ventana); vuelva a mirarlas y ordénelas.</translation>
    </message>
    <message>
        <location filename="../../services/thumbnails.py" line="+79"/>
        <source>{source} is not a file.</source>
        <extracomment>A 48-megapixel phone photo is 10–20 MB; a bigger file is a scan or a RAW export nobody needs to see at full size beside a loan or a receipt. Larger pictures are refused before decoding: a small file can claim a vast size (a &quot;decompression bomb&quot;) and take the laptop&apos;s memory with it. The detail pane&apos;s picture; lists ask for smaller ones.</extracomment>
        <translation>{source} no es un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is not a JPEG or PNG picture.</source>
        <translation>«{name}» no es una imagen JPEG ni PNG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size} MB; a picture can be at most {most} MB. Save a smaller copy (phones can share a photo at a smaller size) and attach that.</source>
        <translation>«{name}» ocupa {size} MB; una imagen puede ocupar como mucho {most} MB. Guarde una copia más pequeña (los teléfonos pueden compartir una foto en menor tamaño) y adjunte esa.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>That picture is no longer attached.</source>
        <translation>Esa imagen ya no está adjunta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is not a picture, so it has no thumbnail.</source>
        <translation>«{name}» no es una imagen, así que no tiene miniatura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The picture “{name}” has not arrived on this laptop yet; it shows after the next sync that brings it.</source>
        <translation>La imagen «{name}» aún no llegó a este equipo; se verá después de la sincronización que la traiga.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}” could not be read as a picture: it may be damaged, or not really a JPEG or PNG. Attach it again, saved as a JPEG or PNG.</source>
        <translation>No se pudo leer «{name}» como imagen: puede estar dañada, o no ser realmente JPEG o PNG. Adjúntela de nuevo, guardada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a picture can have at most {most} megapixels. Save a smaller copy and attach that.</source>
        <translation>una imagen puede tener como mucho {most} megapíxeles. Guarde una copia más pequeña y adjunte esa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is far too large; {why}</source>
        <translation>«{name}» es demasiado grande; {why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is {width} × {height} pixels; {why}</source>
        <translation>«{name}» mide {width} × {height} píxeles; {why}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/resources/upkeep_dialogs.py" line="+97"/>
        <source>Plan upkeep of {item}</source>
        <translation>Planificar mantenimiento de {item}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service, safety check…</source>
        <translation>revisión, control de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every &amp;months</source>
        <translation>Cada &amp;meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After &amp;loans</source>
        <translation>Después de &amp;préstamos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="+18"/>
        <source>Progress on {outcome}</source>
        <translation>Avance en {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the progress</source>
        <translation>Guardar el avance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Achieved</source>
        <translation>&amp;Logrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say how many</source>
        <translation>Indique cuántos</translation>
    </message>
</context>
<context>
    <name>ReimbursementsTab</name>
    <message>
        <location filename="../../ui/grants/claims_tab.py" line="-152"/>
        <source>&amp;Members paid out of pocket:</source>
        <translation>Miembros &amp;que pagaron de su bolsillo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Decided by</source>
        <translation>&amp;Decidido por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only to refuse it</source>
        <translation>solo para rechazarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it is refused</source>
        <translation>Por q&amp;ué se rechaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>Apr&amp;obar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse</source>
        <translation>R&amp;echazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark paid &amp;today</source>
        <translation>Mar&amp;car pagado hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve the chosen claim</source>
        <translation>Aprobar el reclamo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the chosen claim</source>
        <translation>Rechazar el reclamo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen claim paid today</source>
        <translation>Marcar como pagado hoy el reclamo elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim result</source>
        <translation>Resultado del reclamo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a claim in the list</source>
        <translation>Elija un reclamo de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who decides</source>
        <translation>Indique quién decide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a claim not yet decided</source>
        <translation>Solo un reclamo todavía sin decidir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an approved claim is paid</source>
        <translation>Solo se paga un reclamo aprobado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name}&apos;s claim is now {state}.</source>
        <translation>El reclamo de {name} ahora está {state}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="-188"/>
        <source>Add a report due</source>
        <translation>Agregar un informe pendiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report due</source>
        <translation>Guardar el informe pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the report</source>
        <translation>Editar el informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interim report</source>
        <translation>Informe intermedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>Informe final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due on</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sen&amp;t on</source>
        <extracomment>The days of the steps the report has taken (editing one sent or accepted).</extracomment>
        <translation>En&amp;viado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted &amp;on</source>
        <translation>Aceptado &amp;el</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the day it is due</source>
        <translation>Indique el día en que vence</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <location filename="../../reports/agenda.py" line="+80"/>
        <source>Laying out the agenda…</source>
        <extracomment>The narrow columns, in points: the item&apos;s number, its times, a date.</extracomment>
        <translation>Componiendo el orden del día…</translation>
    </message>
    <message>
        <location filename="../../reports/annual.py" line="+130"/>
        <source>Reading the members…</source>
        <extracomment>A decision&apos;s outcome as the minutes word it. The financial year&apos;s first and last day (ISO 8601). The currencies money moved in, by code (each totalled on its own).</extracomment>
        <translation>Leyendo los miembros…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the meetings…</source>
        <translation>Leyendo las reuniones…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the loans…</source>
        <translation>Leyendo los préstamos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reports/grants_overview.py" line="+106"/>
        <source>Reading the grants…</source>
        <extracomment>Each direction&apos;s section: its heading, the other party, its amounts&apos; names, its states in order. A micro-grant&apos;s &quot;spent&quot; is what the group paid the member (`figures`). As wide as &quot;30 Sept 2026&quot; in en_GB with the cell&apos;s padding (66 broke it as &quot;202 / 6&quot;). Narrower than the funder report&apos;s: six columns share the page here. The grant&apos;s share of the two text columns (the rest is its funder or applicant). The currencies the grants are in, by code (each totalled on its own).</extracomment>
        <translation>Leyendo las subvenciones…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laying out the annual report…</source>
        <translation>Componiendo la memoria anual…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing the annual report…</source>
        <translation>Escribiendo la memoria anual…</translation>
    </message>
    <message>
        <location filename="../../reports/funder.py" line="+142"/>
        <source>Reading the expenses…</source>
        <extracomment>Columns of amounts and dates, in points. The smallest size an amount is shrunk to, to stay on one line. The CSV of budget against actual written beside the PDF.</extracomment>
        <translation>Leyendo los gastos…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laying out the funder report…</source>
        <translation>Componiendo el informe para el financiador…</translation>
    </message>
    <message>
        <location filename="../../reports/inventory.py" line="+95"/>
        <source>Reading the items and loans…</source>
        <extracomment>Columns holding a day or an amount, in points: as wide as &quot;30 Nov 2026&quot; or &quot;£12,345.00&quot;. As wide as &quot;10,000&quot; with the cell&apos;s padding (34 broke &quot;1,500&quot; as &quot;1,50&quot; over &quot;0&quot;). Overdue loans: this colour, and the word &quot;overdue&quot; in the row (a grey printer loses colour).</extracomment>
        <translation>Leyendo los artículos y los préstamos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Laying out the inventory…</source>
        <translation>Componiendo el inventario…</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="+92"/>
        <source>Laying out the minutes…</source>
        <extracomment>The counts a decision can have, as the minutes name them.</extracomment>
        <translation>Componiendo el acta…</translation>
    </message>
    <message>
        <location filename="../../reports/roster.py" line="+106"/>
        <source>Laying out the roster…</source>
        <extracomment>How the width left over, once every entry fits, is shared: name, roles. The share of a column&apos;s entries a width is tried at, when not everything fits. A sentence per member whose entry has a character no font has (printed as REPLACEMENT).</extracomment>
        <translation>Componiendo la lista de miembros…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <location filename="../../reports/signin.py" line="+109"/>
        <source>Laying out the sign-in sheet…</source>
        <extracomment>In points: room for a signature, and the photo column (&quot;no photos&quot;).</extracomment>
        <translation>Componiendo la hoja de firmas…</translation>
    </message>
</context>
<context>
    <name>ReportStepDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="+21"/>
        <source>Mark the {kind} report sent</source>
        <translation>Marcar el informe {kind} como enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the {kind} report accepted</source>
        <translation>Marcar el informe {kind} como aceptado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the day</source>
        <translation>Guardar el día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sen&amp;t on</source>
        <translation>En&amp;viado el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accepted on</source>
        <translation>&amp;Aceptado el</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the day</source>
        <translation>Indique el día</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../core_areas.py" line="+52"/>
        <source>Annual report</source>
        <translation>Memoria anual</translation>
    </message>
    <message>
        <location filename="../../services/grants/area.py" line="+27"/>
        <source>Funder report of a grant: budget against actual, payments, expenses, outcomes</source>
        <translation>Informe para el financiador de una subvención: presupuesto frente a lo real, pagos, gastos, resultados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grants overview: every grant by state, totals per currency, deadlines ahead</source>
        <translation>Resumen de subvenciones: cada subvención por estado, totales por moneda, próximos plazos</translation>
    </message>
    <message>
        <location filename="../../services/meetings/area.py" line="+25"/>
        <source>Agenda of a meeting</source>
        <translation>Orden del día de una reunión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda, the chair&apos;s copy: private items and timings</source>
        <translation>Orden del día, copia de quien preside: puntos privados y tiempos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in sheet for the door</source>
        <translation>Hoja de firmas para la entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes of a meeting</source>
        <translation>Acta de una reunión</translation>
    </message>
    <message>
        <location filename="../../services/members/area.py" line="+24"/>
        <source>Membership roster: active members who agreed to be listed</source>
        <translation>Lista de miembros: miembros activos que aceptaron figurar</translation>
    </message>
    <message>
        <location filename="../../services/resources/area.py" line="+34"/>
        <source>Resource inventory and loans: items and their value, loans out, upkeep, deposits</source>
        <translation>Inventario de recursos y préstamos: artículos y su valor, préstamos en curso, mantenimiento, depósitos</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="+32"/>
        <source>Report</source>
        <extracomment>The subjects come from meetings and grants; the paper from the settings. Asks where to save a copy; tests pass their own answer. The report just made (in the data folder), and where the user last saved a copy. The subject to choose when the choices arrive (asked for by another page).</extracomment>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the report holds</source>
        <translation>Qué contiene el informe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to choose</source>
        <extracomment>Said when there is nothing to choose: where to add one.</extracomment>
        <translation>Nada para elegir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: what you want the reader to know, in your own words.</source>
        <extracomment>The group&apos;s own words, for the reports that print them (funder, annual).</extracomment>
        <translation>Opcional: lo que quiere que sepa quien lo lea, con sus propias palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In our words</source>
        <translation>En nuestras palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In our &amp;words:</source>
        <translation>En nuestras &amp;palabras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ke report</source>
        <translation>&amp;Preparar informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make report</source>
        <translation>Preparar informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a report and press Make report (Ctrl+Enter); its pages show here.</source>
        <translation>Elija un informe y pulse Preparar informe (Ctrl+Intro); sus páginas aparecen aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paper:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pr&amp;int…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>As in Settings ({paper})</source>
        <translation>Como en Configuración ({paper})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose what the report is for first</source>
        <translation>Primero elija para qué es el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a report first</source>
        <translation>Primero prepare un informe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Making the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making {report}…</source>
        <translation>Preparando {report}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The report could not be made.</source>
        <translation>No se pudo preparar el informe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved a copy to {path}.</source>
        <translation>Se guardó una copia en {path}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent 1 page to the printer.</source>
        <translation>Se envió 1 página a la impresora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Se enviaron {pages} páginas a la impresora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/grants/reports_tab.py" line="+40"/>
        <source>Reports &amp;due to the funder:</source>
        <extracomment>Add a report due / an outcome indicator to this grant (the page opens the dialog). Record progress on this outcome (the page opens the dialog).</extracomment>
        <translation>Inf&amp;ormes pendientes para el financiador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcomes and &amp;targets:</source>
        <translation>Resultados &amp;y metas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest entry</source>
        <translation>Última anotación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a report…</source>
        <translation>Agregar un in&amp;forme…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a report due</source>
        <translation>Agregar un informe pendiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mar&amp;k sent…</source>
        <translation>Marcar en&amp;viado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen report sent, on a day</source>
        <translation>Marcar como enviado el informe elegido, en un día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark a&amp;ccepted…</source>
        <translation>Marcar a&amp;ceptado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen report accepted, on a day</source>
        <translation>Marcar como aceptado el informe elegido, en un día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit report…</source>
        <translation>&amp;Editar informe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen report</source>
        <translation>Editar el informe elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete report</source>
        <translation>E&amp;liminar informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen report</source>
        <translation>Eliminar el informe elegido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an outcome &amp;indicator…</source>
        <translation>Agregar un indicador &amp;de resultado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outcome indicator</source>
        <translation>Agregar un indicador de resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record pro&amp;gress…</source>
        <translation>Regis&amp;trar avance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record progress on the chosen outcome</source>
        <translation>Registrar el avance del resultado elegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit outco&amp;me…</source>
        <translation>Editar res&amp;ultado…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen outcome</source>
        <translation>Editar el resultado elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve outcome</source>
        <translation>&amp;Quitar resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen outcome</source>
        <translation>Eliminar el resultado elegido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a report in the list</source>
        <translation>Elija un informe de la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already sent</source>
        <translation>Ya se envió</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a report sent is accepted</source>
        <translation>Solo se acepta un informe enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an outcome in the list</source>
        <translation>Elija un resultado de la lista</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The {kind} report is now {state}.</source>
        <translation>El informe {kind} ahora está {state}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the {kind} report due {day}?</source>
        <translation>¿Eliminar el informe {kind} que vence el {day}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the {kind} report due {day}.</source>
        <translation>Se eliminó el informe {kind} que vencía el {day}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the outcome “{name}” and its entries?</source>
        <translation>¿Eliminar el resultado «{name}» y sus anotaciones?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the outcome “{name}” and its entries.</source>
        <translation>Se eliminó el resultado «{name}» y sus anotaciones.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>accepted on {day}</source>
        <translation>aceptado el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent on {day}</source>
        <translation>enviado el {day}</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/resources/reserve_dialog.py" line="+34"/>
        <source>Reserve {item}</source>
        <translation>Reservar {item}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;whom</source>
        <translation>&amp;Para quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no meeting)</source>
        <translation>(sin reunión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a meetin&amp;g</source>
        <translation>Para una reu&amp;nión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (the last day)</source>
        <translation>&amp;Hasta (el último día)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The last day is before the first, {day}.</source>
        <translation>El último día es anterior al primero, {day}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose who it is for from the list, or a meeting</source>
        <translation>elija de la lista para quién es, o una reunión</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/resources/resource_dialog.py" line="+151"/>
        <source>give the day</source>
        <extracomment>Each picker, the member to choose in it, and that member&apos;s name (or &quot;&quot;). A kit&apos;s parts on the checklist, (part id, its tick); empty for an item that is no kit.</extracomment>
        <translation>indique el día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many</source>
        <translation>&amp;Cuántos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are only {count} of {item} in all.</source>
        <translation>Solo hay {count} de {item} en total.</translation>
    </message>
</context>
<context>
    <name>ResourceRules</name>
    <message>
        <location filename="../../services/resources/records.py" line="+118"/>
        <source>Give the item a name.</source>
        <extracomment>What the list can be narrowed to, beside kind and words. &quot;Bought with&quot; as a reader sees it: the grant&apos;s title and its expense, if one is set.</extracomment>
        <translation>Dé un nombre al artículo.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters.</source>
        <translation type="vanished">Use menos de {count} caracteres.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep it under %n characters.</source>
        <translation>
            <numerusform>Use menos de %n carácter.</numerusform>
            <numerusform>Use menos de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a whole number from {least} up.</source>
        <translation>Escriba un número entero desde {least}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give an amount of money.</source>
        <translation>Escriba un importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be below zero.</source>
        <translation>Un importe no puede ser menor que cero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the amount in {currency}, the group&apos;s currency.</source>
        <translation>Escriba el importe en {currency}, la moneda del grupo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no such grant.</source>
        <translation>Esa subvención no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such expense.</source>
        <translation>Ese gasto no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That expense is not one of this grant&apos;s; choose one of its own.</source>
        <translation>Ese gasto no es de esta subvención; elija uno de los suyos.</translation>
    </message>
    <message>
        <location filename="../../services/resources/reservations.py" line="+141"/>
        <source>Say who it is for: a member, or a meeting.</source>
        <extracomment>The member&apos;s name, or the meeting&apos;s title for a booking made for a meeting.</extracomment>
        <translation>Indique para quién es: un miembro o una reunión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserve at least one.</source>
        <translation>Reserve al menos uno.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That reservation is {status} already.</source>
        <translation>Esa reserva ya está en estado «{status}».</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>That reservation ended on {day}; lend the item instead.</source>
        <translation>Esa reserva terminó el {day}; mejor preste el artículo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say who takes it: this booking is for a meeting.</source>
        <translation>Indique quién se lo lleva: esta reserva es para una reunión.</translation>
    </message>
    <message>
        <location filename="../../services/resources/kits.py" line="+90"/>
        <source>a whole number from 1 up</source>
        <extracomment>How many of the part one kit holds (speaker ×2).</extracomment>
        <translation>un número entero desde 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{part} cannot be a part of {kit}: it holds {kit} itself.</source>
        <translation>{part} no puede ser una pieza de {kit}: contiene a {kit}.</translation>
    </message>
    <message>
        <source>the group has {have} of {part}, so a kit cannot hold {count}</source>
        <translation type="vanished">el grupo tiene {have} de {part}, así que un kit no puede llevar {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the group has %n of {part}, so a kit cannot hold {count}</source>
        <translation>
            <numerusform>el grupo tiene %n de {part}, así que un kit no puede llevar {count}</numerusform>
            <numerusform>el grupo tiene %n de {part}, así que un kit no puede llevar {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>that item is not a part of this kit</source>
        <translation>ese artículo no es una pieza de este kit</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{kit} has no parts; lend it as an item.</source>
        <extracomment>The part&apos;s own loan; None when it stayed home at check-out.</extracomment>
        <translation>{kit} no tiene piezas; préstelo como un artículo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tick only the parts of {item}.</source>
        <translation>Marque solo piezas de {item}.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Tick only parts that went out with this loan.</source>
        <translation>Marque solo las piezas que salieron con este préstamo.</translation>
    </message>
    <message>
        <location filename="../../services/resources/upkeep.py" line="+34"/>
        <source>{item} is out of service ({note}); it cannot be lent until it is back in order.</source>
        <translation>{item} está fuera de servicio ({note}); no se puede prestar hasta que vuelva a funcionar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is out of service; it cannot be lent until it is back in order.</source>
        <translation>{item} está fuera de servicio; no se puede prestar hasta que vuelva a funcionar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>say what was done</source>
        <translation>indique qué se hizo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a cost cannot be below zero</source>
        <translation>un costo no puede ser menor que cero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>upkeep is logged once it is done, not ahead</source>
        <translation>el mantenimiento se anota una vez hecho, no antes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>that upkeep plan is for another item</source>
        <translation>ese plan de mantenimiento es de otro artículo</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>say every how many months, or after how many loans</source>
        <translation>indique cada cuántos meses o después de cuántos préstamos</translation>
    </message>
    <message>
        <location filename="../../services/resources/fees.py" line="+122"/>
        <source>The late fee on this loan of {item} was already waived by {who}.</source>
        <extracomment>What the days late come to, capped at the item&apos;s value; None when the item has no fee. The amount recorded when the item came back (`charge_late_fee`).</extracomment>
        <translation>{who} ya perdonó el recargo por atraso de este préstamo de {item}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This loan of {item} has no late fee to waive.</source>
        <translation>Este préstamo de {item} no tiene recargo por atraso que perdonar.</translation>
    </message>
</context>
<context>
    <name>ResourceWords</name>
    <message>
        <location filename="../../ui/words.py" line="+32"/>
        <source>equipment</source>
        <translation>equipamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>material</source>
        <translation>material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knowledge</source>
        <translation>conocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation>necesita atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked</source>
        <translation>reservado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Item</source>
        <extracomment>Asks before cancelling a reservation; tests pass their own answer. Every clash in the data, as last read (the banner, the filter, the item&apos;s own). The week&apos;s loans and reservations, as last read. The item whose detail is shown (or on its way). The item to choose when the next list arrives (one asked for while filtered out).</extracomment>
        <translation type="vanished">Artículo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Tipo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="vanished">Ahora</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="vanished">Necesita</translation>
    </message>
    <message>
        <location filename="../../ui/resources/page.py" line="+30"/>
        <source>How many items are shown</source>
        <extracomment>Asks before cancelling a reservation; tests pass their own answer. Every clash in the data, as last read (the banner, the filter, the item&apos;s own). The week&apos;s loans and reservations, as last read. The item whose detail is shown (or on its way). The item to choose when the next list arrives (one asked for while filtered out). How many items the list holds while only its first rows are in (else None).</extracomment>
        <translation>Cuántos artículos se muestran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New ite&amp;m…</source>
        <translation>Nuevo artícu&amp;lo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventor&amp;y…</source>
        <translation>Inventari&amp;o…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory report</source>
        <translation>Informe de inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printed inventory: items and their value, loans out, upkeep due</source>
        <translation>El inventario impreso: artículos y su valor, préstamos en curso, mantenimiento pendiente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clashes</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items or the week</source>
        <translation>Artículos o la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Items</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search names, places… (Ctrl+F)</source>
        <extracomment>The items read, searched and filtered (the table&apos;s model).</extracomment>
        <translation>Buscar nombres, lugares… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search items</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available now</source>
        <translation>Disponible ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs upkeep</source>
        <translation>Necesita mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a clash</source>
        <translation>Con conflicto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">Artículos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add the first item…</source>
        <translation>Agregar el primer artículo…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>⚠ Clashes: {names} lent or booked beyond what there is. Show: With a clash lists them.</source>
        <translation>⚠ Conflictos: {names} prestado o reservado más de lo que hay. Mostrar: Con conflicto los enumera.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{shown} of {total} items shown</source>
        <translation>Se muestran {shown} de {total} artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 item</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} items</source>
        <translation>{total} artículos</translation>
    </message>
    <message>
        <source>{free} of {count} here</source>
        <translation type="vanished">{free} de {count} aquí</translation>
    </message>
    <message>
        <source>; overdue since {day}</source>
        <translation type="vanished">; atrasado desde el {day}</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation type="vanished">atrasado desde el {day}</translation>
    </message>
    <message>
        <source>out, due {day}</source>
        <translation type="vanished">prestado, vuelve el {day}</translation>
    </message>
    <message>
        <source>here</source>
        <translation type="vanished">aquí</translation>
    </message>
    <message>
        <source>not free today</source>
        <translation type="vanished">no disponible hoy</translation>
    </message>
    <message>
        <source>upkeep due</source>
        <translation type="vanished">mantenimiento pendiente</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No item here matches. Choose Everything and Any kind to see them all.</source>
        <translation>Ningún artículo coincide. Elija Todo y Cualquier tipo para verlos todos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List what the group owns and shares here — tools, rooms, a van, materials — then lend and book them and keep them in good repair. No items yet (Ctrl+N).</source>
        <translation>Anote aquí lo que el grupo tiene y comparte (herramientas, salas, una camioneta, materiales) y luego préstelo, resérvelo y manténgalo en buen estado. Todavía no hay artículos (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the parts of {kit}.</source>
        <translation>Se guardaron las piezas de {kit}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upkeep planned.</source>
        <translation>Mantenimiento planificado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reservation moved: {text}</source>
        <translation>Reserva cambiada: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the reservation of {item} for {who}?</source>
        <translation>¿Cancelar la reserva de {item} para {who}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel reservation</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled the reservation of {item} for {who}.</source>
        <translation>Se canceló la reserva de {item} para {who}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reservation cancelled: the days are free again.</source>
        <translation>Reserva cancelada: los días vuelven a estar libres.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added 1 photo of {item}.</source>
        <translation>Se agregó 1 foto de {item}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {count} photos of {item}.</source>
        <translation>Se agregaron {count} fotos de {item}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo removed.</source>
        <translation>Foto quitada.</translation>
    </message>
    <message>
        <source>Saved {item}.</source>
        <translation type="vanished">Se guardó {item}.</translation>
    </message>
    <message>
        <source>Logged upkeep of {item}: {what}.</source>
        <translation type="vanished">Mantenimiento de {item} anotado: {what}.</translation>
    </message>
    <message>
        <source>The late fee on {item} is waived by {who}.</source>
        <translation type="vanished">{who} perdonó el recargo por atraso de {item}.</translation>
    </message>
    <message>
        <source>Reserved {item} for {who}, {first} to {last}.</source>
        <translation type="vanished">Se reservó {item} para {who}, del {first} al {last}.</translation>
    </message>
    <message>
        <source>{item} is back from {who}.</source>
        <translation type="vanished">{item} volvió de {who}.</translation>
    </message>
    <message>
        <source>Saved {kit} and its checklist.</source>
        <translation type="vanished">Se guardó {kit} y su lista de control.</translation>
    </message>
    <message>
        <source>Parts out: {parts}.</source>
        <translation type="vanished">Piezas prestadas: {parts}.</translation>
    </message>
    <message>
        <source>{item} is out with {who}, due back {due}.</source>
        <translation type="vanished">{item} está prestado a {who}, vuelve el {due}.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/resources/loan_dialogs.py" line="+62"/>
        <source>Return {item} from {who}</source>
        <translation>Devolución de {item} por {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back on</source>
        <translation>&amp;Volvió el</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ondition</source>
        <translation>&amp;Estado de conservación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition &amp;note</source>
        <translation>&amp;Nota sobre el estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit &amp;kept</source>
        <translation>Depósito re&amp;tenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why it is kept</source>
        <translation>&amp;Por qué se retiene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no deposit was taken</source>
        <translation>no se recibió depósito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: all {amount} given back</source>
        <translation>vacío: se devuelven los {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damage, a missing part…</source>
        <translation>daños, una pieza que falta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back b&amp;y</source>
        <translation>Recibido p&amp;or</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Late fee</source>
        <extracomment>How late it is and the fee that comes to (charged when it is taken back today).</extracomment>
        <translation>Recargo por atraso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts &amp;returned</source>
        <translation>Piezas &amp;devueltas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 day late</source>
        <translation>1 día de atraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} days late</source>
        <translation>{count} días de atraso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{late}: a late fee of {fee}, charged as it is taken back.</source>
        <translation>{late}: un recargo de {fee}, que se cobra al recibirlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The return day is before it went out ({day}).</source>
        <translation>El día de devolución es anterior a la salida ({day}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only {amount} was taken as a deposit.</source>
        <translation>Solo se recibieron {amount} de depósito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why part of the deposit is kept (damage, say).</source>
        <translation>Indique por qué se retiene parte del depósito (por ejemplo, daños).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{item} is back from {who}.</source>
        <translation>{item} volvió de {who}.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="-81"/>
        <source>Add a role for {name}</source>
        <translation>Agregar un cargo a {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (empty: still held)</source>
        <translation>&amp;Hasta (vacío: lo sigue ocupando)</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <location filename="../../services/rows.py" line="+41"/>
        <source>There is no {what} with the id {id}.</source>
        <extracomment>Shown in place of the name of a member who asked to be forgotten.</extracomment>
        <translation>No hay ningún registro ({what}) con el id {id}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That {what} was deleted.</source>
        <translation>Este registro ({what}) se eliminó.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} is not deleted.</source>
        <translation>{name} no está eliminado.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{role} {id} was forgotten at their request.</source>
        <translation>Esa persona ({id}) pidió que se la olvidara.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} {name} was merged into {other}; use that record.</source>
        <translation>El registro de {name} se unió con otro ({other}); use ese.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} {name} is deleted; restore them first.</source>
        <translation>El registro de {name} está eliminado; restáurelo primero.</translation>
    </message>
</context>
<context>
    <name>SavedWords</name>
    <message>
        <location filename="../../ui/resources/saved_words.py" line="+31"/>
        <source>Saved {item}.</source>
        <translation>Se guardó {item}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged upkeep of {item}: {what}.</source>
        <translation>Mantenimiento de {item} anotado: {what}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The late fee on {item} is waived by {who}.</source>
        <translation>{who} perdonó el recargo por atraso de {item}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserved {item} for {who}, {first} to {last}.</source>
        <translation>Se reservó {item} para {who}, del {first} al {last}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{item} is back from {who}.</source>
        <translation>{item} volvió de {who}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {kit} and its checklist.</source>
        <translation>Se guardó {kit} y su lista de control.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts out: {parts}.</source>
        <translation>Piezas prestadas: {parts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is out with {who}, due back {due}.</source>
        <translation>{item} está prestado a {who}, vuelve el {due}.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../services/meetings/search.py" line="+74"/>
        <source>due {day}</source>
        <extracomment>How far back a meeting is still found: a decade of a monthly meeting is 120 entries. A meeting as the index keeps it: key, title, day, place. An action: id, text, status, due day, owner&apos;s name.</extracomment>
        <translation>vence el {day}</translation>
    </message>
    <message>
        <location filename="../../services/resources/search.py" line="+60"/>
        <source>lent to {who}, due {day}</source>
        <translation>prestado a {who}, vuelve el {day}</translation>
    </message>
    <message>
        <location filename="../../services/search.py" line="+139"/>
        <source>{listed}, {part}</source>
        <extracomment>Joins a kind&apos;s texts into one for `str.find`: whitespace, which no typed word holds (`search_words` splits on it), so a word is never found across two records. How much of a kind&apos;s texts `_rarest` samples (about 1,500 records). The area&apos;s key (&quot;members&quot;): the page that opens the record. What the record is (&quot;member&quot;, &quot;action&quot;, &quot;expense&quot;), as history names it. The record&apos;s name as the area shows it. A few words that tell two hits with the same title apart (&quot;active, joined 2024&quot;). The record the area&apos;s page opens to show this one, when not the record itself (a loan opens its item, an expense its grant); empty for the record itself. What the records are (&quot;member&quot;): each kind keeps its own limit of hits. Each row&apos;s words, folded (`collation.match_key`), in the order of `rows`. The hit a row makes, worded when it is shown.</extracomment>
        <translation>{listed}, {part}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search/dialog.py" line="+43"/>
        <location line="+5"/>
        <source>Search everything</source>
        <extracomment>Hits shown of each kind; more means &quot;type another word&quot;. The rows that are hits (not the kind headings), in order.</extracomment>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, a title or a word…</source>
        <translation>Escriba un nombre, un título o una palabra…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funders</source>
        <translation>Financiadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the group&apos;s records…</source>
        <translation>Leyendo los registros del grupo…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type to find members, meetings, actions, items, loans, grants, funders and expenses. Enter opens the one chosen.</source>
        <translation>Escriba para encontrar miembros, reuniones, tareas, artículos, préstamos, subvenciones, financiadores y gastos. Intro abre el elegido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Nada coincide con «{text}».</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrado</numerusform>
            <numerusform>%n encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>More: type another word</source>
        <translation>Hay más: escriba otra palabra</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+118"/>
        <source>GroupDesk self-test</source>
        <translation>Autocomprobación de GroupDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking this copy of GroupDesk (your data is not used)…</source>
        <translation>Comprobando esta copia de GroupDesk (no se usan sus datos)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-test results</source>
        <translation>Resultados de la autocomprobación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Self-test passed: this copy of GroupDesk works here.</source>
        <translation>Autocomprobación superada: esta copia de GroupDesk funciona aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-test failed: the lines marked FAILED say what. Copy them into a message to whoever looks after your group&apos;s laptops.</source>
        <translation>La autocomprobación falló: las líneas marcadas FAILED dicen qué. Cópielas en un mensaje para quien cuide los equipos de su grupo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The self-test could not be started: {problem}</source>
        <translation>No se pudo iniciar la autocomprobación: {problem}</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../ui/meetings/series_dialog.py" line="+65"/>
        <source>Every week on {weekday}</source>
        <extracomment>How many coming meetings the preview lists.</extracomment>
        <translation>Todas las semanas, el {weekday}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every second {weekday}</source>
        <translation>Cada dos semanas, el {weekday}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {nth} {weekday} of the month</source>
        <translation>El {nth} {weekday} de cada mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last {weekday} of the month</source>
        <translation>El último {weekday} de cada mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly on this day (the last day for the 31st)</source>
        <translation>Cada mes en este día (el último día si es el 31)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meeting series</source>
        <extracomment>The series&apos; id once saved (a split&apos;s new series). The occurrence &quot;this and the following ones&quot; starts from (its original start). The series as read (None for a new one, or until it is read).</extracomment>
        <translation>Serie de reuniones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New series</source>
        <translation>Nueva serie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First meeting on</source>
        <translation>&amp;Primera reunión el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;arts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;peats</source>
        <translation>Se re&amp;pite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An RFC 5545 repeat rule; end it with COUNT=10 (ten meetings) or UNTIL=20271231 (the last day), or leave it to go on</source>
        <translation>Una regla de repetición RFC 5545; termínela con COUNT=10 (diez reuniones) o UNTIL=20271231 (el último día), o déjela seguir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule</source>
        <translation>Reg&amp;la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pla&amp;ce</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every meeting of the series</source>
        <translation>Todas las reuniones de la serie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This meeting ({day}) and the following ones</source>
        <translation>Esta reunión ({day}) y las siguientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange</source>
        <translation>Cam&amp;biar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next meetings:</source>
        <translation>Próximas reu&amp;niones:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save series</source>
        <translation>&amp;Guardar serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save series</source>
        <translation>Guardar serie</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Series: {title}</source>
        <translation>Serie: {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a pattern, or type a rule below</source>
        <translation>Elija un patrón o escriba una regla abajo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give the day of the first meeting</source>
        <translation>Indique el día de la primera reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how it repeats</source>
        <translation>Elija cómo se repite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the series a title</source>
        <translation>Póngale un título a la serie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(the meetings show here as the rule is typed)</source>
        <translation>(las reuniones aparecen aquí a medida que escribe la regla)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no meetings left: the rule has ended)</source>
        <translation>(no quedan reuniones: la regla terminó)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+43"/>
        <source>Our group</source>
        <extracomment>Each area&apos;s own group settings (`Area.settings_box`), under the group&apos;s.</extracomment>
        <translation>Nuestro grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How dates, numbers and money are written. Type to search, or type a code.</source>
        <translation>Cómo se escriben las fechas, los números y el dinero. Escriba para buscar o escriba un código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language and region</source>
        <translation>&amp;Idioma y región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper size</source>
        <translation>Tama&amp;ño del papel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MM-DD, e.g. 04-01</source>
        <translation>MM-DD, p. ej. 04-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Financial year starts</source>
        <translation>El año &amp;fiscal empieza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Financial year in words</source>
        <translation>Año fiscal en palabras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag members not seen for</source>
        <translation>Avisar de miembros sin ver desde hace</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+79"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Choose l&amp;ogo…</source>
        <translation>Elegir l&amp;ogotipo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save result</source>
        <translation>Resultado de guardar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The financial year runs from {first} to {last}.</source>
        <translation>El año fiscal va del {first} al {last}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo not arrived yet</source>
        <translation>El logotipo todavía no llegó</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the group&apos;s logo</source>
        <translation>Elija el logotipo del grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This laptop</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Enorme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+plus and Ctrl+minus change it anywhere.</source>
        <translation>Ctrl+más y Ctrl+menos lo cambian en cualquier lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+plus and Ctrl+minus change it anywhere; Ctrl+0 goes back.</source>
        <translation>Ctrl+más y Ctrl+menos lo cambian en cualquier lugar; Ctrl+0 lo deja como estaba.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is one file with all of the group&apos;s records and attachments. GroupDesk also makes one by itself before upgrades, restores and sync imports.</source>
        <translation>Una copia de seguridad es un solo archivo con todos los registros y adjuntos del grupo. GroupDesk también hace una por su cuenta antes de actualizar, restaurar o importar de la sincronización.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up &amp;to a file…</source>
        <translation>Hacer copia en un &amp;archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Restaurar desde un archivo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups to keep</source>
        <translation>Copias automáticas que se conservan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups to &amp;keep</source>
        <translation>Copias automáticas que &amp;se conservan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup result</source>
        <translation>Resultado de la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in the data folder (newest first):</source>
        <translation>Copias en la carpeta de datos (las más recientes primero):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in the data folder</source>
        <translation>Copias en la carpeta de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet: Back up now makes the first one.</source>
        <translation>Ninguna todavía: Hacer copia ahora crea la primera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save a backup</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backups (*.zip)</source>
        <translation>Copias (*.zip)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Backup failed: {error}</source>
        <translation>La copia falló: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to {path} (encrypted).</source>
        <translation>Copia guardada en {path} (cifrada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to {path} (not encrypted).</source>
        <translation>Copia guardada en {path} (sin cifrar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is in {place}.</source>
        <translation>Hay otra copia en {place}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups (*.zip *.sealed)</source>
        <translation>Copias (*.zip *.sealed)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encrypted backup</source>
        <translation>Copia cifrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is encrypted. Its passphrase:</source>
        <translation>{name} está cifrada. Su contraseña:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unnamed group)</source>
        <translation>(grupo sin nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the records on this laptop with this backup?</source>
        <translation>¿Reemplazar los registros de este equipo por esta copia?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On this laptop now: {group}, {members} members, last changed {when}.</source>
        <translation>En este equipo ahora: {group}, {members} miembros, último cambio {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the backup: {group}, {members} members, made {when}.</source>
        <translation>En la copia: {group}, {members} miembros, hecha {when}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup is of another group.</source>
        <translation>La copia es de otro grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The records here are backed up first, so this can be undone.</source>
        <translation>Antes se hace una copia de los registros de aquí, así que se puede deshacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored.</source>
        <translation>No se restauró nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored the backup of {group}.</source>
        <translation>Se restauró la copia de {group}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records it replaced are backed up in {path}.</source>
        <translation>Los registros reemplazados quedaron copiados en {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was restored: {error}</source>
        <translation>No se restauró nada: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Join a group&apos;s sync folder</source>
        <extracomment>Asked where to move the group (`setup.move_to`): only the place is asked.</extracomment>
        <translation type="vanished">Unirse a la carpeta de sincronización de un grupo</translation>
    </message>
    <message>
        <source>Set up a sync folder</source>
        <translation type="vanished">Crear una carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="+53"/>
        <source>Pick the folder the group shares: on a USB stick, or in a cloud drive folder (Dropbox, OneDrive, Google Drive, Nextcloud). Everything in it is encrypted.</source>
        <translation>Elija la carpeta que comparte el grupo: en una memoria USB o en una carpeta en la nube (Dropbox, OneDrive, Google Drive, Nextcloud). Todo lo que contiene está cifrado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the group&apos;s sync folder and type the join code from the recovery sheet (or the group passphrase, if one was set).</source>
        <translation>Elija la carpeta de sincronización del grupo y escriba el código para unirse que figura en la hoja de recuperación (o la contraseña del grupo, si se puso una).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the group to another place</source>
        <translation>Mover el grupo a otro lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything goes to the new folder or object store, with a snapshot for laptops joining later; the other laptops follow at their next sync. A laptop told that the group moved chooses the same place here to follow it.</source>
        <translation>Todo pasa a la nueva carpeta o almacén de objetos, con una instantánea para los equipos que se unan más tarde; los demás equipos lo siguen en su próxima sincronización. Un equipo al que se avise de que el grupo se ha movido elige aquí el mismo lugar para seguirlo.</translation>
    </message>
    <message>
        <source>A f&amp;older (USB stick or cloud drive)</source>
        <translation type="vanished">Una carpe&amp;ta (memoria USB o nube)</translation>
    </message>
    <message>
        <source>An object &amp;store (S3-compatible)</source>
        <translation type="vanished">Un almacén de &amp;objetos (compatible con S3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the sync folder</source>
        <translation>Buscar la carpeta de sincronización</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sync &amp;folder</source>
        <translation>&amp;Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="vanished">Carpeta de sincronización</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Join a group&apos;s sync folder or store</source>
        <extracomment>The place kinds, as listed in the dialog.</extracomment>
        <translation>Unirse a la carpeta o almacén de sincronización de un grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a sync folder or store</source>
        <translation>Crear una carpeta o almacén de sincronización</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A folder (USB stick or cloud drive)</source>
        <translation>Una carpeta (memoria USB o nube)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An object store (S3-compatible)</source>
        <translation>Un almacén de objetos (compatible con S3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync through</source>
        <translation>&amp;Sincronizar mediante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync through</source>
        <translation>Sincronizar mediante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This laptop&apos;s &amp;name</source>
        <translation>&amp;Nombre de este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>groups of four letters and digits: ABCD-EF23-…</source>
        <translation>grupos de cuatro letras y cifras: ABCD-EF23-…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join &amp;code</source>
        <translation>Código para &amp;unirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or group &amp;passphrase</source>
        <translation>&amp;o contraseña del grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group &amp;passphrase (optional)</source>
        <translation>Contraseña &amp;del grupo (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lets a laptop join without the join code</source>
        <translation>permite que un equipo se una sin el código</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set-up problem</source>
        <translation>Problema al configurar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>lets several groups share one bucket</source>
        <translation>permite que varios grupos compartan un bucket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept in this computer&apos;s password store</source>
        <translation>se guarda en el almacén de contraseñas de este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store&apos;s &amp;endpoint</source>
        <translation>&amp;Dirección del almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ucket</source>
        <translation>&amp;Bucket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;refix (optional)</source>
        <translation>&amp;Prefijo (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion (optional)</source>
        <translation>&amp;Región (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key id</source>
        <translation>&amp;Id. de la clave de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secre&amp;t</source>
        <translation>Secr&amp;eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only for a store with its own certificate</source>
        <translation>solo para un almacén con certificado propio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;A bundle (optional)</source>
        <translation>Certific&amp;ados de la CA (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the CA bundle</source>
        <translation>Buscar los certificados de la CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain &amp;http</source>
        <translation>Permitir &amp;http sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow plain http</source>
        <translation>Permitir http sin cifrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Insecure: over plain http the key id and the names of the files cross the network readable by anyone on it (the records stay encrypted). Only for a store on a network you trust.</source>
        <translation>⚠ Inseguro: con http sin cifrar, el id. de la clave y los nombres de los archivos viajan por la red y cualquiera en ella puede leerlos (los registros siguen cifrados). Úselo solo con un almacén en una red de confianza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insecure http warning</source>
        <translation>Aviso de http inseguro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the store&apos;s address and the access key the group was given for it. The store holds only encrypted files; the secret stays in this computer&apos;s password store.</source>
        <translation>Indique la dirección del almacén y la clave de acceso que recibió el grupo para él. El almacén solo guarda archivos cifrados; el secreto se queda en el almacén de contraseñas de este equipo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the sync folder</source>
        <translation>Elija la carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the store&apos;s CA bundle</source>
        <translation>Elija los certificados de la CA del almacén</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the store&apos;s endpoint and bucket first</source>
        <translation>Primero indique la dirección del almacén y el bucket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the sync folder first</source>
        <translation>Primero elija la carpeta de sincronización</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="-56"/>
        <source>Find anything: members, meetings, items, grants…</source>
        <translation>Buscar lo que sea: miembros, reuniones, artículos, subvenciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>Ir a una página, en el orden de la barra lateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New member, meeting, item or grant on its page</source>
        <translation>Nuevo miembro, reunión, artículo o subvención en su página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the page shown</source>
        <translation>Buscar en la página que se muestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open what is chosen in a list</source>
        <translation>Abrir lo elegido en una lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close a dialog (it asks first if you typed something)</source>
        <translation>Cerrar un cuadro de diálogo (pregunta antes si escribió algo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The button or field with that letter underlined</source>
        <translation>El botón o campo con esa letra subrayada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print: the chosen meeting&apos;s agenda, grant&apos;s report, the roster…</source>
        <translation>Imprimir: el orden del día de la reunión elegida, el informe de la subvención, la lista…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now (once sync is set up)</source>
        <translation>Sincronizar ahora (una vez configurada la sincronización)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger or smaller text</source>
        <translation>Texto más grande o más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The usual text size</source>
        <translation>El tamaño de texto habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, in any form</source>
        <translation>Guardar, en cualquier formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last delete, merge, return, move or import (Edit → Undo)</source>
        <translation>Deshacer la última eliminación, unión, devolución, traslado o importación (Edición → Deshacer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the chosen member (Members page)</source>
        <translation>Eliminar el miembro elegido (página Miembros)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before or after (Resources, Week)</source>
        <translation>La semana anterior o siguiente (Recursos, Semana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the report chosen (Reports page)</source>
        <translation>Preparar el informe elegido (página Informes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page through a report&apos;s preview</source>
        <translation>Pasar las páginas de la vista previa de un informe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alt+letter</source>
        <translation>Alt+letra</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../core_areas.py" line="-23"/>
        <source>Dashboard</source>
        <extracomment>The data folder as a whole: create, demo, backup, restore, check (`groupdesk.cli.core`). The search across every area&apos;s registered source (`groupdesk.services.search`). Backups are files, not tables: a backup is announced by the operation that made it.</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reports</source>
        <extracomment>Reports print from the area that owns their data; this area holds the shared command and the page that makes, previews and prints any of them.</extracomment>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../registry.py" line="+123"/>
        <location filename="../../services/meetings/area.py" line="-27"/>
        <source>Meetings</source>
        <extracomment>One line per area: &quot;module:attribute&quot; naming its `Area`. The order is the order of the command line&apos;s help (the sidebar has its own order, `PageEntry.position`). Translated in the &quot;Sidebar&quot; context. Place in the sidebar, smallest first (dashboard 0, members 10, …, settings 70). What a report is made for: nothing (the whole group), one meeting, one grant or one year. Place on the dashboard, smallest first. Model modules whose mapped classes (synced and local) belong to this area. CLI modules as &quot;module:command command …&quot;: the module&apos;s `register(subparsers)` adds exactly those commands (a test checks), so running one imports its module alone. &quot;module:function&quot; run after sync has merged changes from other laptops, inside the same transaction: `hook(session) -&gt; None` (members: erasures win over older edits). &quot;module:function&quot; adding the area&apos;s part of the demo group inside its transaction: `hook(uow, *, size, seed, today) -&gt; None` (size: the number of members asked for). &quot;module:function&quot; listing the area&apos;s records for the global search, kind by kind, each with the words it is found by: `source(uow) -&gt; list[SearchRecords]` (`services/search.py`). The printed reports the area brings (`groupdesk reports KIND`, the Reports page). The lists the area adds to the dashboard. Tabs the area adds to a member&apos;s detail, each &quot;module:function&quot;, `read(uow, *, member_id) -&gt; MemberTable` (`groupdesk/services/members/sections.py`; meetings: the meetings they attended, the actions they own). GUI: &quot;module:Class&quot; of a box on the Settings page for the area&apos;s group settings, `Class(context)` with `refresh()` (meetings: time zone, quorum, decision rule, proxies). Pages that stand in, saying &quot;not built yet&quot;, until an area registers a page with that key.</extracomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../services/resources/area.py" line="-18"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../services/grants/area.py" line="-19"/>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location filename="../../services/members/area.py" line="-12"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../services/sync/area.py" line="+12"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="+18"/>
        <source>Add a skill for {name}</source>
        <translation>Agregar una habilidad a {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. first aid, bike repair</source>
        <translation>p. ej. primeros auxilios, arreglo de bicicletas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skill or interest</source>
        <translation>&amp;Habilidad o interés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>knows it (a skill)</source>
        <translation>la sabe (una habilidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants to learn it (an interest)</source>
        <translation>quiere aprenderla (un interés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happy to &amp;teach or share it</source>
        <translation>Dispuesto a &amp;enseñarla o compartirla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happy to teach or share it</source>
        <translation>Dispuesto a enseñarla o compartirla</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../services/sync/conflicts.py" line="+69"/>
        <source>{deleter} deleted {record} while {changer} changed {record}&apos;s {fields}; it stays deleted, with the change kept, unless you restore it.</source>
        <extracomment>Columns that name a record for people, tried in this order. &quot;value&quot;: one field set two ways; &quot;deleted&quot;: `mine_device` deleted the record while `theirs_device` changed the fields in `theirs` (field → value; `field` names them).</extracomment>
        <translation>{deleter} borró {record} mientras {changer} cambiaba {fields} de {record}; sigue borrado, con el cambio guardado, salvo que usted lo restaure.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{record}, {field}: {mine!r} from {mine_device} is in effect; {theirs!r} from {theirs_device} is kept aside.</source>
        <translation>{record}, {field}: el valor vigente es {mine!r}, de {mine_device}; {theirs!r}, de {theirs_device}, queda apartado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this laptop</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another laptop (…{end})</source>
        <translation>otro equipo (…{end})</translation>
    </message>
</context>
<context>
    <name>SyncFiles</name>
    <message>
        <location filename="../../services/sync/folder.py" line="+92"/>
        <source>{file} in {folder} {reason}.</source>
        <translation>{file} de {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} in {folder} is damaged or not GroupDesk&apos;s ({problem}).</source>
        <translation>{file} de {folder} está dañado o no es de GroupDesk ({problem}).</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>its folder {folder} is missing</source>
        <translation>falta su carpeta {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} in the sync folder is a link or a file, not a folder: GroupDesk reads and writes only inside the sync folder</source>
        <translation>{folder} dentro de la carpeta de sincronización es un enlace o un archivo, no una carpeta: GroupDesk solo lee y escribe dentro de la carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sync folder {folder} is full (or a file in it would be bigger than this system allows): {name} could not be written there. Nothing was lost: this laptop keeps all its records and sends its changes with the next sync that can write there.</source>
        <translation>La carpeta de sincronización {folder} está llena (o un archivo en ella superaría lo que permite este sistema): no se pudo escribir {name} allí. No se perdió nada: este equipo conserva todos sus registros y envía sus cambios en la próxima sincronización que pueda escribir allí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync folder {folder} is read-only: {name} could not be written there. Nothing was lost: this laptop keeps all its records and sends its changes with the next sync that can write there.</source>
        <translation>La carpeta de sincronización {folder} es de solo lectura: no se pudo escribir {name} allí. No se perdió nada: este equipo conserva todos sus registros y envía sus cambios en la próxima sincronización que pueda escribir allí.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written to the sync folder: {problem}.</source>
        <translation>No se escribió nada en la carpeta de sincronización: {problem}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is not a regular file (a link, a pipe or a device): left alone</source>
        <translation>no es un archivo normal (es un enlace, una tubería o un dispositivo): se deja como está</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../services/sync/format.py" line="+344"/>
        <source>could not be read ({problem})</source>
        <extracomment>Why a file could not be read, with what the system said (in its own words).</extracomment>
        <translation>no se pudo leer ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/sync/transport_s3.py" line="+357"/>
        <source>is {size:,} bytes, more than a sync file can be ({limit:,}): left alone</source>
        <translation>ocupa {size:,} bytes, más de lo que puede ocupar un archivo de sincronización ({limit:,}): se deja como está</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../services/sync/transport_s3.py" line="+32"/>
        <source>grew past the size a sync file can be</source>
        <translation>creció por encima del tamaño que puede tener un archivo de sincronización</translation>
    </message>
    <message>
        <location filename="../../services/sync/format.py" line="-44"/>
        <source>this is not a GroupDesk sync file</source>
        <extracomment>2: a new row is one row change (`values.ROW_FIELD`) holding every field, not one per field. The schema of this app: the number in front of the newest migration (&quot;0002_sync&quot; → 2). The oldest schema a reader needs to apply files written by this app. Raised only by a migration that changes what existing fields mean; adding tables or fields does not raise it (older readers keep such changes aside and apply them after their own upgrade). Format 3: the body sealed in parts, each unpacking to at most MAX_PART_BYTES, so a file of any size is written and read with one part in memory (a 100,000-member group&apos;s snapshot unpacks to more than a gigabyte). Written only for a body that needs more than one part: every other file stays format 2, which GroupDesk read before parts. The most a format-2 file&apos;s one body may expand to: a small file that unpacks to gigabytes is refused. A format-2 file is read whole; it may be at most MAX_SINGLE_BYTES. A writer starts a new part once a part&apos;s rows take about this much JSON. The most one part may expand to, and the most it may be sealed. A clock stamp (`clock.Stamp`): millis, counter, a device id of plain characters. Where the device id starts in a stamp that matches `_STAMP`. Snapshots: the highest change-file sequence of each device that the snapshot covers. Device files: the device&apos;s name and what it has read.</extracomment>
        <translation>no es un archivo de sincronización de GroupDesk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file&apos;s header is damaged</source>
        <translation>la cabecera del archivo está dañada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is cut short (it may still be copying)</source>
        <translation>el archivo está incompleto (puede que todavía se esté copiando)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or cut short, or belongs to a different key or group; it will be tried again at the next sync</source>
        <translation>el archivo está dañado o incompleto, o corresponde a otra clave o a otro grupo; se volverá a intentar en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file&apos;s content is damaged ({problem})</source>
        <translation>el contenido del archivo está dañado ({problem})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>this file belongs to a different key or group, not to this sync folder</source>
        <extracomment>The row changes of the part last read, as read (value text → fields): the merge takes them from here instead of parsing each again.</extracomment>
        <translation>este archivo corresponde a otra clave o a otro grupo, no a esta carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file&apos;s header does not match its name</source>
        <translation>la cabecera del archivo no coincide con su nombre</translation>
    </message>
    <message>
        <location filename="../../services/sync/transport_s3.py" line="-12"/>
        <source>could not be read whole ({problem}, tried {attempts} times): tried again at the next sync</source>
        <translation>no se pudo leer entero ({problem}, {attempts} intentos): se volverá a intentar en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>is not in the store (any more)</source>
        <translation>ya no está en el almacén</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="+20"/>
        <source>Sync folder</source>
        <extracomment>F5 asked for a sync while the status was still being read.</extracomment>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Set up a &amp;new sync folder…</source>
        <translation type="vanished">&amp;Nueva carpeta de sincronización…</translation>
    </message>
    <message>
        <source>&amp;Join a group&apos;s sync folder…</source>
        <translation type="vanished">&amp;Unirse a la carpeta del grupo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join code and recovery sheet…</source>
        <translation>Código y hoja de recuperación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve to another place…</source>
        <translation>Mo&amp;ver a otro lugar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the group to another folder or object store, or follow it there</source>
        <translation>Mover el grupo a otra carpeta o almacén de objetos, o seguirlo allí</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last sync result</source>
        <translation>Resultado de la última sincronización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync warnings</source>
        <translation>Avisos de sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Two laptops changed the same field without seeing each other&apos;s change, or one deleted a record while another changed it. Each value is named by the laptop it came from; nothing was thrown away.</source>
        <translation>Dos equipos cambiaron el mismo campo sin ver el cambio del otro, o uno eliminó un registro mientras otro lo cambiaba. Cada valor lleva el nombre del equipo de donde vino; no se descartó nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+130"/>
        <source>&amp;Keep the value in effect</source>
        <translation>&amp;Mantener el valor vigente</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+132"/>
        <source>&amp;Take the value kept aside</source>
        <translation>&amp;Usar el valor apartado</translation>
    </message>
    <message>
        <source>Laptops seen in the sync folder</source>
        <translation type="vanished">Equipos vistos en la carpeta de sincronización</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Laptops seen</source>
        <translation>Equipos vistos</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This laptop, “{name}”, syncs through {folder}</source>
        <translation>Este equipo, «{name}», se sincroniza mediante {folder}</translation>
    </message>
    <message>
        <source>This laptop does not sync yet. Set up a new sync folder for the group, or join the folder another laptop set up.</source>
        <translation type="vanished">Este equipo todavía no se sincroniza. Cree una carpeta de sincronización nueva para el grupo o únase a la que creó otro equipo.</translation>
    </message>
    <message>
        <source>Syncing shares the group&apos;s records between its laptops through a folder they can all reach: a USB stick, or a cloud-drive folder such as Dropbox or OneDrive. Everything in it is encrypted; there is no account and no server. Each laptop keeps working offline; when two laptops change the same field, both values are kept and shown here for review.</source>
        <translation type="vanished">La sincronización comparte los registros del grupo entre sus equipos mediante una carpeta a la que todos llegan: una memoria USB o una carpeta en la nube, como Dropbox u OneDrive. Todo lo que contiene está cifrado; no hay cuenta ni servidor. Cada equipo sigue funcionando sin conexión; cuando dos equipos cambian el mismo campo, se conservan ambos valores y se muestran aquí para revisarlos.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Set up a &amp;new sync folder or store…</source>
        <translation>&amp;Nueva carpeta o almacén de sincronización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a group&apos;s sync folder or store…</source>
        <translation>&amp;Unirse a la carpeta o almacén del grupo…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Laptops seen where the group syncs</source>
        <translation>Equipos vistos donde se sincroniza el grupo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This laptop does not sync yet. Set up a new sync folder (or object store) for the group, or join the one another laptop set up.</source>
        <translation>Este equipo todavía no se sincroniza. Cree una carpeta de sincronización nueva (o un almacén de objetos) para el grupo o únase a la que creó otro equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing shares the group&apos;s records between its laptops through a place they can all reach: a USB stick, a cloud-drive folder such as Dropbox or OneDrive, or an object store the group rents or runs (S3-compatible). Everything in it is encrypted; GroupDesk needs no account and no server of its own. Each laptop keeps working offline; when two laptops change the same field, both values are kept and shown here for review.</source>
        <translation>La sincronización comparte los registros del grupo entre sus equipos mediante un lugar al que todos llegan: una memoria USB, una carpeta en la nube como Dropbox u OneDrive, o un almacén de objetos que el grupo alquila o gestiona (compatible con S3). Todo lo que contiene está cifrado; GroupDesk no necesita cuenta ni servidor propio. Cada equipo sigue funcionando sin conexión; cuando dos equipos cambian el mismo campo, se conservan ambos valores y se muestran aquí para revisarlos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last sync ({when}): {summary}</source>
        <translation>Última sincronización ({when}): {summary}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflicts to review ({n})</source>
        <translation>Conflictos por revisar ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to review: none</source>
        <translation>Conflictos por revisar: ninguno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read {name}: {reason}</source>
        <translation>No se pudo leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{n} attached file(s) have not arrived yet.</source>
        <translation type="vanished">{n} archivo(s) adjunto(s) todavía no llegaron.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a conflict in the list first</source>
        <translation>Primero elija un conflicto de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it deleted</source>
        <translation>&amp;Dejarlo eliminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore it</source>
        <translation>&amp;Restaurarlo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This computer&apos;s clock looks wrong</source>
        <translation>El reloj de este equipo parece estar mal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clock is right: send anyway</source>
        <translation>El reloj está bien: enviar igual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will fix the clock</source>
        <translation>Voy a corregir el reloj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop has records of its own</source>
        <translation>Este equipo tiene registros propios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join and add its records</source>
        <translation>Unirse y agregar sus registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not join</source>
        <translation>No unirse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Many records would be deleted</source>
        <translation>Se eliminarían muchos registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow the deletions</source>
        <translation>Permitir las eliminaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Moved the group to {where}. The other laptops follow it there at their next sync.</source>
        <translation>El grupo se ha movido a {where}. Los demás equipos lo siguen allí en su próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group had moved to {where}: this laptop syncs there now.</source>
        <translation>El grupo se había movido a {where}: este equipo sincroniza allí ahora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving the group…</source>
        <translation>Moviendo el grupo…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting up…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Join code</source>
        <translation>Código para unirse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type this join code on each other laptop of the group:

{code}

Keep a printed copy somewhere safe, away from the laptops. If every copy is lost, the sync folder cannot be opened again (each laptop keeps its own records).</source>
        <translation>Escriba este código en cada uno de los otros equipos del grupo:

{code}

Guarde una copia impresa en un lugar seguro, lejos de los equipos. Si se pierden todas las copias, la carpeta de sincronización no se puede volver a abrir (cada equipo conserva sus propios registros).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save recovery sheet…</source>
        <translation>Guardar hoja de recuperación…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF to print (*.pdf);;Plain text (*.txt)</source>
        <translation>PDF para imprimir (*.pdf);;Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery sheet saved to {path}.</source>
        <translation>Hoja de recuperación guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../services/sync/engine.py" line="+85"/>
        <source>Waiting for another sync to finish…</source>
        <extracomment>Two computer clocks further apart than this disagree (`clock_check`). Write a snapshot after this many own change files since the folder&apos;s newest snapshot. Own change files covered by a snapshot are deleted once this old.</extracomment>
        <translation>Esperando a que termine otra sincronización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking in the sync folder…</source>
        <translation>Revisando la carpeta de sincronización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up before reading…</source>
        <translation>Haciendo una copia de seguridad antes de leer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes kept for this version…</source>
        <translation>Aplicando los cambios guardados para esta versión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing this laptop&apos;s changes…</source>
        <translation>Escribiendo los cambios de este equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled; what was read so far is kept, nothing is half-done.</source>
        <translation>Sincronización cancelada: lo leído hasta ahora se conserva y nada queda a medias.</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message numerus="yes">
        <location filename="../../services/sync/records_words.py" line="+15"/>
        <source>action(s)</source>
        <translation>
            <numerusform>tarea</numerusform>
            <numerusform>tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>agenda item(s)</source>
        <translation>
            <numerusform>punto del orden del día</numerusform>
            <numerusform>puntos del orden del día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>attached file(s)</source>
        <translation>
            <numerusform>archivo adjunto</numerusform>
            <numerusform>archivos adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>attendance mark(s)</source>
        <translation>
            <numerusform>registro de asistencia</numerusform>
            <numerusform>registros de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>check-in(s)</source>
        <translation>
            <numerusform>contacto</numerusform>
            <numerusform>contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>decision(s)</source>
        <translation>
            <numerusform>decisión</numerusform>
            <numerusform>decisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>funder(s)</source>
        <translation>
            <numerusform>financiador</numerusform>
            <numerusform>financiadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>budget line(s)</source>
        <translation>
            <numerusform>partida del presupuesto</numerusform>
            <numerusform>partidas del presupuesto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>budget revision(s)</source>
        <translation>
            <numerusform>revisión del presupuesto</numerusform>
            <numerusform>revisiones del presupuesto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>receipt(s)</source>
        <translation>
            <numerusform>comprobante</numerusform>
            <numerusform>comprobantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expense(s)</source>
        <translation>
            <numerusform>gasto</numerusform>
            <numerusform>gastos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>outcome note(s)</source>
        <translation>
            <numerusform>anotación de resultado</numerusform>
            <numerusform>anotaciones de resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>outcome(s)</source>
        <translation>
            <numerusform>resultado</numerusform>
            <numerusform>resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant payment(s)</source>
        <translation>
            <numerusform>pago de subvención</numerusform>
            <numerusform>pagos de subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>reimbursement(s)</source>
        <translation>
            <numerusform>reembolso</numerusform>
            <numerusform>reembolsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant report(s)</source>
        <translation>
            <numerusform>informe de subvención</numerusform>
            <numerusform>informes de subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant state change(s)</source>
        <translation>
            <numerusform>cambio de estado de subvención</numerusform>
            <numerusform>cambios de estado de subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>tranche(s)</source>
        <translation>
            <numerusform>tramo</numerusform>
            <numerusform>tramos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant(s)</source>
        <translation>
            <numerusform>subvención</numerusform>
            <numerusform>subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>group settings record(s)</source>
        <translation>
            <numerusform>registro de configuración del grupo</numerusform>
            <numerusform>registros de configuración del grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>meeting series</source>
        <translation>
            <numerusform>serie de reuniones</numerusform>
            <numerusform>series de reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>meeting(s)</source>
        <translation>
            <numerusform>reunión</numerusform>
            <numerusform>reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>merge(s) of two records</source>
        <translation>
            <numerusform>unión de dos registros</numerusform>
            <numerusform>uniones de dos registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>role(s)</source>
        <translation>
            <numerusform>cargo</numerusform>
            <numerusform>cargos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>skill(s)</source>
        <translation>
            <numerusform>habilidad</numerusform>
            <numerusform>habilidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>member(s)</source>
        <translation>
            <numerusform>miembro</numerusform>
            <numerusform>miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>mentorship(s)</source>
        <translation>
            <numerusform>mentoría</numerusform>
            <numerusform>mentorías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>item(s)</source>
        <translation>
            <numerusform>artículo</numerusform>
            <numerusform>artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>loan extension(s)</source>
        <translation>
            <numerusform>extensión de préstamo</numerusform>
            <numerusform>extensiones de préstamo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>loan(s)</source>
        <translation>
            <numerusform>préstamo</numerusform>
            <numerusform>préstamos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>part(s) of a kit</source>
        <translation>
            <numerusform>pieza de un kit</numerusform>
            <numerusform>piezas de kits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>photo(s)</source>
        <translation>
            <numerusform>foto</numerusform>
            <numerusform>fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>reservation(s)</source>
        <translation>
            <numerusform>reserva</numerusform>
            <numerusform>reservas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>upkeep record(s)</source>
        <translation>
            <numerusform>registro de mantenimiento</numerusform>
            <numerusform>registros de mantenimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>upkeep plan(s)</source>
        <translation>
            <numerusform>plan de mantenimiento</numerusform>
            <numerusform>planes de mantenimiento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../services/sync/report.py" line="+60"/>
        <source>Read {files} from {laptops}: {changes}.</source>
        <extracomment>Changes kept aside for tables or fields an older version did not know, merged now. This laptop held its changes back: the other laptops say its clock is wrong.</extracomment>
        <translation>Lectura: {files} de {laptops}, con {changes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read {files} from {laptops}: {changes}, {conflicts} to review.</source>
        <translation>Lectura: {files} de {laptops}, con {changes} y {conflicts} por revisar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing new to read.</source>
        <translation>No había nada nuevo que leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied {changes} kept until this version of GroupDesk could use them.</source>
        <translation>Aplicado lo que se guardó a la espera de esta versión de GroupDesk: {changes}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent {changes}.</source>
        <translation>Enviado: {changes}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Received %n attached file(s).</source>
        <translation>
            <numerusform>Se recibió %n archivo adjunto.</numerusform>
            <numerusform>Se recibieron %n archivos adjuntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location filename="../../ui/sync/page.py" line="-325"/>
        <source>%n attached file(s) not arrived yet.</source>
        <translation>
            <numerusform>%n archivo adjunto todavía no llegó.</numerusform>
            <numerusform>%n archivos adjuntos todavía no llegaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) could not be read (see below).</source>
        <translation>
            <numerusform>%n archivo no se pudo leer (vea abajo).</numerusform>
            <numerusform>%n archivos no se pudieron leer (vea abajo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Received {count} attached file(s).</source>
        <translation type="vanished">Se recibieron {count} archivo(s) adjunto(s).</translation>
    </message>
    <message>
        <source>{count} attached file(s) not arrived yet.</source>
        <translation type="vanished">{count} archivo(s) adjunto(s) todavía no llegaron.</translation>
    </message>
    <message>
        <source>{count} file(s) could not be read (see below).</source>
        <translation type="vanished">{count} archivo(s) no se pudieron leer (vea abajo).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="vanished">1 archivo</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="vanished">{count} archivos</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="vanished">1 cambio</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation type="vanished">{count} cambios</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation type="vanished">1 conflicto</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation type="vanished">{count} conflictos</translation>
    </message>
</context>
<context>
    <name>SyncSetup</name>
    <message>
        <location filename="../../services/sync/crypto.py" line="-154"/>
        <source>a join code has {expected} letters and digits; this one has {count}</source>
        <extracomment>Attachment blobs are sealed in chunks of this many plaintext bytes (memory stays flat). scrypt cost that GroupDesk 0.1 wrote for the sync folder&apos;s passphrase-wrapped key (32 MiB, about 0.1 s a guess): still opened, never written. Backups&apos; sealing key uses it too. Argon2id cost of the passphrase-wrapped key: 256 MiB and four passes, about 1 s a guess on one core (measured in docs/security.md). A folder that asks for any other cost is refused before any work: anyone who can write to the folder can write its numbers. zxcvbn score a passphrase needs (3: about 10^8 guesses or more, years at 1 s a guess).</extracomment>
        <translation>un código para unirse tiene {expected} letras y cifras; este tiene {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a join code holds only the letters A–Z and the digits 2–7</source>
        <translation>un código para unirse solo lleva las letras A–Z y las cifras 2–7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this join code has a typing mistake: check each group of four letters</source>
        <translation>este código para unirse tiene un error de escritura: revise cada grupo de cuatro letras</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>this is not the group&apos;s passphrase for this sync folder</source>
        <translation>esta no es la contraseña del grupo para esta carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this passphrase is too easy to guess (about 10^{power} guesses); use four or more words that do not belong together</source>
        <translation>esta contraseña es demasiado fácil de adivinar (unos 10^{power} intentos); use cuatro palabras o más que no tengan relación entre sí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this passphrase is too easy to guess (about 10^{power} guesses: {reason}); use four or more words that do not belong together</source>
        <translation>esta contraseña es demasiado fácil de adivinar (unos 10^{power} intentos: {reason}); use cuatro palabras o más que no tengan relación entre sí</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>use at least {count} characters (a few words are easy to remember)</source>
        <translation>use al menos {count} caracteres (unas cuantas palabras se recuerdan fácilmente)</translation>
    </message>
    <message>
        <location filename="../../services/sync/engine.py" line="+28"/>
        <source>This laptop is not set up to sync yet: set up a new sync folder, or join the one the group already has.</source>
        <translation>Este equipo todavía no está configurado para sincronizar: cree una carpeta de sincronización nueva o únase a la que ya tiene el grupo.</translation>
    </message>
    <message>
        <location filename="../../services/sync/folder.py" line="-229"/>
        <source>The sync folder {folder} cannot be found. If it is on a USB stick, plug it in; if it is in a cloud drive, check that the drive is running.</source>
        <translation>No se encuentra la carpeta de sincronización {folder}. Si está en una memoria USB, conéctela; si está en una unidad en la nube, compruebe que la aplicación de la nube esté en marcha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} is not a GroupDesk sync folder (it has no {file}).</source>
        <translation>{folder} no es una carpeta de sincronización de GroupDesk (no tiene {file}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sync folder {folder} was made by a newer GroupDesk (format {version}); update GroupDesk on this laptop to use it.</source>
        <translation>La carpeta de sincronización {folder} la creó una versión más reciente de GroupDesk (formato {version}); actualice GroupDesk en este equipo para usarla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder} is already a sync folder. To use it, join it instead.</source>
        <translation>{folder} ya es una carpeta de sincronización. Para usarla, únase a ella.</translation>
    </message>
    <message>
        <location filename="../../services/sync/keys.py" line="+40"/>
        <source>This computer has no password store (keyring) for GroupDesk to keep the group&apos;s sync key in, and GroupDesk will not keep it in a plain file. On Windows and macOS the system&apos;s own store is used; on Linux install and unlock GNOME Keyring or KWallet (a &apos;Secret Service&apos;), then try again.</source>
        <translation>Este equipo no tiene un almacén de contraseñas (llavero) donde GroupDesk pueda guardar la clave de sincronización del grupo, y GroupDesk no la guardará en un archivo sin protección. En Windows y macOS se usa el almacén del propio sistema; en Linux, instale y desbloquee GNOME Keyring o KWallet (un «Secret Service») y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{no_keyring} ({problem})</source>
        <extracomment>NO_KEYRING with what the keyring said (its own words, in English).</extracomment>
        <translation>{no_keyring} ({problem})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{no_keyring} (The password store found, {found}, keeps passwords in a file anyone with the laptop can read, or nowhere: uninstall keyrings.alt, or unset PYTHON_KEYRING_BACKEND.)</source>
        <extracomment>Backends (by module) that keep no secret: a readable file, or nowhere at all.</extracomment>
        <translation>{no_keyring} (El almacén de contraseñas encontrado, {found}, guarda las contraseñas en un archivo que cualquiera con el equipo puede leer, o en ninguna parte: desinstale keyrings.alt o quite la variable PYTHON_KEYRING_BACKEND.)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The group&apos;s sync key is not in this computer&apos;s keyring. Join the sync folder again with the join code from the recovery sheet (or the group passphrase).</source>
        <translation>La clave de sincronización del grupo no está en el llavero de este equipo. Vuelva a unirse a la carpeta de sincronización con el código para unirse de la hoja de recuperación (o con la contraseña del grupo).</translation>
    </message>
    <message>
        <location filename="../../services/sync/setup.py" line="+83"/>
        <source>This laptop already syncs with {where}. A data folder syncs with one group.</source>
        <extracomment>The folder&apos;s path or the store&apos;s s3:// address.</extracomment>
        <translation>Este equipo ya se sincroniza con {where}. Una carpeta de datos se sincroniza con un solo grupo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>give this laptop a name, like &apos;Ana&apos;s laptop&apos;</source>
        <translation>dele un nombre a este equipo, como «Equipo de Ana»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Create your group first, then set up sync.</source>
        <translation>Cree primero su grupo y luego configure la sincronización.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>this sync folder was set up without a passphrase: use the join code</source>
        <translation>esta carpeta de sincronización se creó sin contraseña: use el código para unirse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type the join code (or give the group passphrase)</source>
        <translation>escriba el código para unirse (o la contraseña del grupo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this join code does not open this sync folder: it belongs to a different key or group</source>
        <translation>este código para unirse no abre esta carpeta de sincronización: corresponde a otra clave o a otro grupo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this passphrase does not open this sync folder: it belongs to a different key or group</source>
        <translation>esta contraseña no abre esta carpeta de sincronización: corresponde a otra clave o a otro grupo</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+11"/>
        <source>This laptop is not set up to sync yet.</source>
        <translation>Este equipo todavía no está configurado para sincronizar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This laptop is not set up to sync yet: there is nothing to move.</source>
        <extracomment>The folder&apos;s path or the store&apos;s s3:// address the group syncs through now. False when the group had moved there already and this laptop followed it.</extracomment>
        <translation>Este equipo todavía no está configurado para sincronizar: no hay nada que mover.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name the folder or s3:// store to move to</source>
        <translation>indique la carpeta o el almacén s3:// al que moverlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was moved: {reason}</source>
        <translation>No se movió nada: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The group was not moved: {reason}</source>
        <translation>El grupo no se movió: {reason}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{place} holds another group: the group was not moved. Choose an empty folder or prefix.</source>
        <translation>{place} tiene otro grupo: el grupo no se movió. Elija una carpeta o un prefijo vacíos.</translation>
    </message>
    <message>
        <location filename="../../services/sync/joining.py" line="+70"/>
        <source>no records yet</source>
        <translation>todavía ningún registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop already holds records of its own ({held}). Joining adds its records to the group&apos;s, on every laptop that syncs, and this laptop takes the group&apos;s name, currency and other settings from the sync folder (its own are replaced). Back up first if unsure. To go ahead, say that its records should be added (on the command line: --merge-own-records).</source>
        <translation>Este equipo ya tiene registros propios ({held}). Al unirse, sus registros se agregan a los del grupo en todos los equipos que sincronizan, y este equipo adopta el nombre, la moneda y el resto de la configuración del grupo que hay en la carpeta de sincronización (los suyos se reemplazan). Si no está seguro, haga antes una copia de seguridad. Para seguir, indique que sus registros deben agregarse (en la línea de comandos: --merge-own-records).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop already holds records of its own ({held}) and its own group, {group!r} ({currency}). Joining adds its records to the group&apos;s, on every laptop that syncs, and this laptop takes the group&apos;s name, currency and other settings from the sync folder (its own are replaced). Back up first if unsure. To go ahead, say that its records should be added (on the command line: --merge-own-records).</source>
        <translation>Este equipo ya tiene registros propios ({held}) y su propio grupo, {group!r} ({currency}). Al unirse, sus registros se agregan a los del grupo en todos los equipos que sincronizan, y este equipo adopta el nombre, la moneda y el resto de la configuración del grupo que hay en la carpeta de sincronización (los suyos se reemplazan). Si no está seguro, haga antes una copia de seguridad. Para seguir, indique que sus registros deben agregarse (en la línea de comandos: --merge-own-records).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <extracomment>The records a person thinks of first, named in the question (the rest are counted).</extracomment>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvención</numerusform>
            <numerusform>%n subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n registro más</numerusform>
            <numerusform>%n registros más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../../services/sync/transport_s3.py" line="-403"/>
        <source>list the files</source>
        <extracomment>Tries of one request (the first and the retries) before the fault is said in words. Seconds to wait for a connection, and for each answer or piece of a body. Attachment blobs are sealed into memory up to this size, into a temporary file beyond. What a request was doing, said when the store refuses it (&quot;may not {doing}&quot;).</extracomment>
        <translation>listar los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the files</source>
        <translation>leer los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write files</source>
        <translation>escribir archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete this laptop&apos;s old files</source>
        <translation>borrar los archivos antiguos de este equipo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This GroupDesk was installed without the part that talks to object stores (boto3): install GroupDesk with its &apos;store&apos; extra to sync through the object store {url} at {endpoint}.</source>
        <extracomment>Error codes meaning the store does not know the conditional put.</extracomment>
        <translation>Este GroupDesk se instaló sin la parte que habla con los almacenes de objetos (boto3): instale GroupDesk con su extra «store» para sincronizar mediante el almacén de objetos {url} de {endpoint}.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The object store {url} at {endpoint} did not answer within %n second(s) (timed out, tried {attempts} times): the store or the network is too slow now. Nothing was lost: this laptop keeps all its records and tries again at the next sync.</source>
        <translation>
            <numerusform>El almacén de objetos {url} de {endpoint} no respondió en %n segundo (se agotó el tiempo tras {attempts} intentos): el almacén o la red van demasiado lentos ahora. No se perdió nada: este equipo conserva todos sus registros y lo vuelve a intentar en la próxima sincronización.</numerusform>
            <numerusform>El almacén de objetos {url} de {endpoint} no respondió en %n segundos (se agotó el tiempo tras {attempts} intentos): el almacén o la red van demasiado lentos ahora. No se perdió nada: este equipo conserva todos sus registros y lo vuelve a intentar en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The object store {url} at {endpoint} did not answer within {seconds:g} seconds (timed out, tried {attempts} times): the store or the network is too slow now. Nothing was lost: this laptop keeps all its records and tries again at the next sync.</source>
        <translation>El almacén de objetos {url} de {endpoint} no respondió en {seconds:g} segundos (se agotó el tiempo tras {attempts} intentos): el almacén o la red van demasiado lentos ahora. No se perdió nada: este equipo conserva todos sus registros y lo vuelve a intentar en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The object store {url} at {endpoint} cannot be reached ({problem}, tried {attempts} times). Nothing was lost: this laptop keeps all its records and tries again at the next sync.</source>
        <translation>No se puede llegar al almacén de objetos {url} de {endpoint} ({problem}, {attempts} intentos). No se perdió nada: este equipo conserva todos sus registros y lo vuelve a intentar en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The bucket {bucket} does not exist at {endpoint}: check its name, or ask whoever runs the store to make it.</source>
        <translation>El bucket {bucket} no existe en {endpoint}: revise su nombre o pida a quien gestiona el almacén que lo cree.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The object store {url} at {endpoint} does not know the access key id {key_id}: check the key id the store gave for this group.</source>
        <translation>El almacén de objetos {url} de {endpoint} no conoce la clave de acceso {key_id}: revise el id. de clave que dio el almacén para este grupo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The object store {url} at {endpoint} refused the secret of the access key id {key_id}: type the secret again (join the store again).</source>
        <translation>El almacén de objetos {url} de {endpoint} rechazó el secreto de la clave de acceso {key_id}: vuelva a escribir el secreto (únase de nuevo al almacén).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The access key id {key_id} may not {doing} in the object store {url} at {endpoint}: ask whoever runs the store to allow it.</source>
        <translation>La clave de acceso {key_id} no tiene permiso para {doing} en el almacén de objetos {url} de {endpoint}: pida a quien gestiona el almacén que lo permita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The object store {url} at {endpoint} could not {doing} ({code}, HTTP {status}, tried {attempts} times). Nothing was lost: try again later.</source>
        <translation>El almacén de objetos {url} de {endpoint} no pudo {doing} ({code}, HTTP {status}, {attempts} intentos). No se perdió nada: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The object store {url} at {endpoint} holds no GroupDesk group (it has no {file}): check the bucket and prefix.</source>
        <translation>El almacén de objetos {url} de {endpoint} no tiene ningún grupo de GroupDesk (le falta {file}): revise el bucket y el prefijo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The object store {url} at {endpoint} was made by a newer GroupDesk (format {version}); update GroupDesk on this laptop to use it.</source>
        <translation>El almacén de objetos {url} de {endpoint} lo creó una versión más reciente de GroupDesk (formato {version}); actualice GroupDesk en este equipo para usarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The object store {url} at {endpoint} already holds a group. To use it, join it instead.</source>
        <translation>El almacén de objetos {url} de {endpoint} ya tiene un grupo. Para usarlo, únase a él.</translation>
    </message>
    <message>
        <location filename="../../services/sync/config.py" line="+163"/>
        <source>{place} is no longer where the group syncs: on {day} the group moved to {destination}. Sync through that instead.</source>
        <extracomment>The object store&apos;s endpoint, bucket, prefix, region and key id (JSON; never the secret). Seconds to wait for an object store&apos;s answer, and tries of each request, when not the transport&apos;s own (a slow link may need more; tests of faults need less). The data folder this was read from: a move of the group is followed for good there. Moves followed in one sync (a group moved back and forth while a laptop was away).</extracomment>
        <translation>{place} ya no es donde se sincroniza el grupo: el {day} el grupo se movió a {destination}. Sincronice mediante ese lugar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place} is no longer where the group syncs: on {day} the group moved to {destination}, and this laptop cannot follow it there by itself ({problem}). Move this laptop there too, giving the secret of the access key id {key_id}.</source>
        <translation>{place} ya no es donde se sincroniza el grupo: el {day} el grupo se movió a {destination}, y este equipo no puede seguirlo allí por sí solo ({problem}). Mueva también este equipo allí, con el secreto de la clave de acceso {key_id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place} is no longer where the group syncs: on {day} the group moved to {destination}, and this laptop cannot follow it there by itself ({problem}). Move this laptop there too: name the folder as this computer reaches it.</source>
        <translation>{place} ya no es donde se sincroniza el grupo: el {day} el grupo se movió a {destination}, y este equipo no puede seguirlo allí por sí solo ({problem}). Mueva también este equipo allí: indique la carpeta tal como la ve este equipo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{place} belongs to a different key or group (group {group}, not this laptop&apos;s {own}).</source>
        <translation>{place} corresponde a otra clave o a otro grupo (el grupo {group}, no el {own} de este equipo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} belongs to a different key or group: the key in this computer&apos;s keyring does not open it. Join it again with the join code.</source>
        <translation>{place} corresponde a otra clave o a otro grupo: la clave del llavero de este equipo no lo abre. Vuelva a unirse con el código para unirse.</translation>
    </message>
    <message>
        <location filename="../../services/sync/store_location.py" line="+54"/>
        <source>The object store {url} at {endpoint}</source>
        <extracomment>S3&apos;s rule for bucket names (3–63 lowercase letters, digits, dots and dashes).</extracomment>
        <translation>El almacén de objetos {url} de {endpoint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the object store {url} at {endpoint}</source>
        <translation>el almacén de objetos {url} de {endpoint}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>write the store as s3://BUCKET or s3://BUCKET/PREFIX</source>
        <translation>escriba el almacén como s3://BUCKET o s3://BUCKET/PREFIJO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{bucket!r} is not a bucket name: 3 to 63 lowercase letters, digits, dots or dashes</source>
        <translation>{bucket!r} no es un nombre de bucket: de 3 a 63 letras minúsculas, cifras, puntos o guiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the prefix after the bucket may hold letters, digits, dots, dashes and underscores, in parts separated by /</source>
        <translation>el prefijo que sigue al bucket puede llevar letras, cifras, puntos, guiones y guiones bajos, en partes separadas por /</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the store&apos;s address, like https://s3.example.org</source>
        <translation>indique la dirección del almacén, como https://s3.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain http:// sends the key id and the names of the files unprotected: use https://, or allow it explicitly as insecure</source>
        <translation>http:// sin cifrar envía el id. de la clave y los nombres de los archivos sin protección: use https:// o permítalo expresamente como inseguro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the access key id the store gave for this group</source>
        <translation>indique el id. de la clave de acceso que dio el almacén para este grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not a file: give the CA certificate file (.pem)</source>
        <translation>{file} no es un archivo: indique el archivo del certificado de la CA (.pem)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>give the secret that goes with the key id</source>
        <translation>indique el secreto que acompaña al id. de la clave</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sync folder {folder}</source>
        <translation>La carpeta de sincronización {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sync folder {folder}</source>
        <translation>la carpeta de sincronización {folder}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer&apos;s keyring holds no secret for the access key id {key_id} of the object store {url} at {endpoint}: join the store again to type it.</source>
        <translation>El llavero de este equipo no tiene ningún secreto para la clave de acceso {key_id} del almacén de objetos {url} de {endpoint}: vuelva a unirse al almacén para escribirlo.</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../ui/sync/table_models.py" line="-64"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Laptop</source>
        <extracomment>Each column&apos;s text of a row, in the group&apos;s locale (for times).</extracomment>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last read here</source>
        <translation>Leído aquí por última vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In effect</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept aside</source>
        <translation>Apartado</translation>
    </message>
</context>
<context>
    <name>SyncWarnings</name>
    <message>
        <location filename="../../services/sync/apply.py" line="+52"/>
        <source>Stopped before {name}: it would delete {deleting} of the {live} {table} on this laptop. Nothing from it was applied. If that is what your group meant, sync again and allow it.</source>
        <extracomment>Test hook: when set to a path, an import writes that file after merging its first file&apos;s changes (uncommitted) and waits, so a test can kill the process mid-import. Deleting fewer rows than this never trips the fail-safe (removing 2 of 3 is ordinary).</extracomment>
        <translation>Se detuvo antes de {name}: borraría {deleting} de {live} {table} de este equipo. No se aplicó nada de ese archivo. Si es lo que quería su grupo, vuelva a sincronizar y permítalo.</translation>
    </message>
    <message>
        <location filename="../../services/sync/clock_check.py" line="+131"/>
        <source>This laptop did not send its changes: this computer&apos;s clock is {days:.1f} days ahead of the clocks of {names}. Fix this computer&apos;s date and time, then sync again (if its clock is right after all, sync again and confirm it). Your changes are kept and will be sent then.</source>
        <extracomment>That laptop&apos;s own clock when it wrote the file (milliseconds since 1970, UTC). What it published: device → [the written time of that device&apos;s file it read, how far that time was ahead of its own clock then]. This laptop&apos;s own clock is wrong, by its side of the others: ahead, behind, or some of each.</extracomment>
        <translation>Este equipo no envió sus cambios: su reloj va {days:.1f} días por delante de los relojes de {names}. Corrija la fecha y la hora de este equipo y vuelva a sincronizar (si al final su reloj está bien, vuelva a sincronizar y confírmelo). Sus cambios se guardan y se enviarán entonces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop did not send its changes: this computer&apos;s clock is {days:.1f} days behind the clocks of {names}. Fix this computer&apos;s date and time, then sync again (if its clock is right after all, sync again and confirm it). Your changes are kept and will be sent then.</source>
        <translation>Este equipo no envió sus cambios: su reloj va {days:.1f} días por detrás de los relojes de {names}. Corrija la fecha y la hora de este equipo y vuelva a sincronizar (si al final su reloj está bien, vuelva a sincronizar y confírmelo). Sus cambios se guardan y se enviarán entonces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop did not send its changes: this computer&apos;s clock is {days:.1f} days off from the clocks of {names}. Fix this computer&apos;s date and time, then sync again (if its clock is right after all, sync again and confirm it). Your changes are kept and will be sent then.</source>
        <translation>Este equipo no envió sus cambios: su reloj está desfasado {days:.1f} días respecto a los relojes de {names}. Corrija la fecha y la hora de este equipo y vuelva a sincronizar (si al final su reloj está bien, vuelva a sincronizar y confírmelo). Sus cambios se guardan y se enviarán entonces.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{laptop}&apos;s clock is {days:.1f} days ahead of the clocks of {names}: its changes are read as usual, but ask whoever uses it to fix its date and time.</source>
        <extracomment>Another laptop&apos;s clock is wrong, by its side of the others.</extracomment>
        <translation>El reloj de {laptop} va {days:.1f} días por delante de los relojes de {names}: sus cambios se leen como siempre, pero pida a quien lo usa que corrija su fecha y su hora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{laptop}&apos;s clock is {days:.1f} days behind the clocks of {names}: its changes are read as usual, but ask whoever uses it to fix its date and time.</source>
        <translation>El reloj de {laptop} va {days:.1f} días por detrás de los relojes de {names}: sus cambios se leen como siempre, pero pida a quien lo usa que corrija su fecha y su hora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{laptop}&apos;s clock is {days:.1f} days off from the clocks of {names}: its changes are read as usual, but ask whoever uses it to fix its date and time.</source>
        <translation>El reloj de {laptop} está desfasado {days:.1f} días respecto a los relojes de {names}: sus cambios se leen como siempre, pero pida a quien lo usa que corrija su fecha y su hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The clocks of {first} and {second} are {days:.1f} days apart, and there is no third laptop to tell which is right: check the date and time on both.</source>
        <translation>Los relojes de {first} y {second} se diferencian en {days:.1f} días, y no hay un tercer equipo que diga cuál está bien: revise la fecha y la hora en los dos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../../services/sync/engine.py" line="+114"/>
        <source>the changes kept for this version</source>
        <translation>los cambios guardados para esta versión</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Skipped a change in {name} made by {author}: {table} {row}, {reason}. It cannot be applied; every laptop skips it.</source>
        <translation>Se omitió un cambio de {name} hecho por {author}: {table} {row}, {reason}. No se puede aplicar; todos los equipos lo omiten.</translation>
    </message>
    <message>
        <location filename="../../services/sync/joining.py" line="+36"/>
        <source>Joining is not finished: the group&apos;s settings have not arrived from the sync folder yet. This laptop sends nothing until they do; sync again later.</source>
        <translation>La unión al grupo no ha terminado: la configuración del grupo todavía no llegó desde la carpeta de sincronización. Este equipo no envía nada hasta que llegue; vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
        <location filename="../../services/sync/own_files.py" line="+119"/>
        <source>The sync folder holds {name}, written under this laptop&apos;s id by another copy of this data folder (copied, or restored from a backup). This laptop now syncs under a new id ({fresh}; it was {old}), so the two copies stay apart.</source>
        <extracomment>Open one file to read part by part, its header and first part checked (`fmt.SyncFileError` if it cannot be).</extracomment>
        <translation>La carpeta de sincronización contiene {name}, escrito con el identificador de este equipo por otra copia de esta carpeta de datos (copiada o restaurada desde una copia de seguridad). Este equipo se sincroniza ahora con un identificador nuevo ({fresh}; antes era {old}), para que las dos copias no se mezclen.</translation>
    </message>
    <message>
        <location filename="../../services/sync/snapshot_check.py" line="+74"/>
        <source>Stopped before {name}, written by {writer}: it says {count} of its {rows} {table} are deleted, and the change files that would show it are gone. Nothing from it was applied. If your group did delete them, sync again and allow it.</source>
        <translation>Se detuvo antes de {name}, escrito por {writer}: dice que se borraron {count} de sus {rows} {table}, y los archivos de cambios que lo mostrarían ya no están. No se aplicó nada de ese archivo. Si su grupo de verdad borró esos registros, vuelva a sincronizar y permítalo.</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../ui/grants/record_tabs.py" line="+49"/>
        <source>Result</source>
        <extracomment>What the last change did, or why it was refused (placed by `add_result_line`).</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Delete</source>
        <extracomment>Asks before a removal; tests pass their own answer. The edit dialog open now (for keyboard users, screen readers and tests).</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted. The grant&apos;s History tab keeps what it was.</source>
        <translation>Eliminado. La pestaña Historial de la subvención guarda lo que era.</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../../ui/theme.py" line="+97"/>
        <location line="+11"/>
        <source>Colours</source>
        <extracomment>The QSettings key; absent (or &quot;system&quot;) follows the system. Draws every part of a widget from the palette (the Windows styles keep some parts light). Reads the system&apos;s wish (a test stands in for a system that changes its mode).</extracomment>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast (white on black)</source>
        <translation>Alto contraste (blanco sobre negro)</translation>
    </message>
</context>
<context>
    <name>TrancheDialog</name>
    <message>
        <location filename="../../ui/grants/payment_dialogs.py" line="+24"/>
        <source>Add a tranche</source>
        <translation>Agregar un tramo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Save the tranche</source>
        <translation>Guardar el tramo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the tranche</source>
        <translation>Editar el tramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expected on</source>
        <translation>&amp;Esperado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No report: released on its day</source>
        <translation>Sin informe: se libera en su día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released after &amp;report</source>
        <translation>&amp;Se libera después del informe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the {kind} report due {day}</source>
        <translation>el informe {kind} que vence el {day}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the amount</source>
        <translation>Indique el importe</translation>
    </message>
</context>
<context>
    <name>UnbuiltPage</name>
    <message>
        <location filename="../../ui/pages/unbuilt.py" line="+21"/>
        <source>This part of GroupDesk is not built yet. Nothing is stored here so far.</source>
        <translation>Esta parte de GroupDesk todavía no está hecha. Aquí no se guarda nada por ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this page</source>
        <translation>Acerca de esta página</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="+44"/>
        <source>Undo message</source>
        <extracomment>How many actions back Ctrl+Z reaches.</extracomment>
        <translation>Mensaje para deshacer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+2"/>
        <location line="+38"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the message (Edit → Undo still works)</source>
        <translation>Cerrar el mensaje (Edición → Deshacer sigue disponible)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undo: {what}</source>
        <translation>Deshacer: {what}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
</context>
<context>
    <name>Upgrading</name>
    <message>
        <location filename="../../ui/upgrading.py" line="+81"/>
        <source>This version of GroupDesk brings your group&apos;s records up to date. A backup of them is made first, so nothing can be lost.

For a large group this takes a few minutes; please leave GroupDesk open.</source>
        <translation>Esta versión de GroupDesk pone al día los registros de su grupo. Antes se hace una copia de seguridad de ellos, para que no se pierda nada.

En un grupo grande tarda unos minutos; deje GroupDesk abierto, por favor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Updating GroupDesk</source>
        <translation>Actualizando GroupDesk</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>GroupDesk cannot open this group</source>
        <translation>GroupDesk no puede abrir este grupo</translation>
    </message>
</context>
<context>
    <name>UpkeepDialog</name>
    <message>
        <location filename="../../ui/resources/upkeep_dialogs.py" line="-73"/>
        <source>Log upkeep of {item}</source>
        <translation>Anotar mantenimiento de {item}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done &amp;on</source>
        <translation>Hecho &amp;el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new blade, serviced, cleaned…</source>
        <translation>hoja nueva, revisado, limpiado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done</source>
        <translation>&amp;Qué se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost</source>
        <translation>&amp;Costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: nothing spent</source>
        <translation>vacío: no hubo gasto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done b&amp;y</source>
        <translation>Hecho p&amp;or</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the &amp;plan</source>
        <translation>Para el &amp;plan</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <location filename="../../ui/resources/row_dialogs.py" line="-43"/>
        <source>Waive the late fee of {fee} on {item}, lent to {who}</source>
        <translation>Perdonar el recargo de {fee} de {item}, prestado a {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waived b&amp;y</source>
        <translation>Perdonado p&amp;or</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose who waives it from the list</source>
        <translation>elija de la lista quién lo perdona</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Reserved{count}: {who}</source>
        <translation type="vanished">Reservado{count}: {who}</translation>
    </message>
    <message>
        <source>Overdue{count}: {who}</source>
        <translation type="vanished">Atrasado{count}: {who}</translation>
    </message>
    <message>
        <source>Lent{count}: {who}</source>
        <translation type="vanished">Prestado{count}: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/resources/week.py" line="+114"/>
        <source>Reserved ×{n}: {who}</source>
        <translation>Reservado ×{n}: {who}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved: {who}</source>
        <translation>Reservado: {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue ×{n}: {who}</source>
        <translation>Atrasado ×{n}: {who}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue: {who}</source>
        <translation>Atrasado: {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lent ×{n}: {who}</source>
        <translation>Prestado ×{n}: {who}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lent: {who}</source>
        <translation>Prestado: {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Clash</source>
        <translation>⚠ Conflicto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} (today)</source>
        <translation>{day} (hoy)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location line="+20"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semana &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;his week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>Semana &amp;siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week before (Alt+Left)</source>
        <translation>La semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week after (Alt+Right)</source>
        <translation>La semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week shown</source>
        <translation>Semana que se muestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only items &amp;booked this week</source>
        <translation>Solo artículos &amp;reservados esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only items booked this week</source>
        <translation>Solo artículos reservados esta semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loans and reservations by day</source>
        <translation>Préstamos y reservas por día</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Green: lent · Blue: reserved · Orange: overdue · Red: more out than there is</source>
        <translation>Verde: prestado · Azul: reservado · Naranja: atrasado · Rojo: más prestado de lo que hay</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing is lent or reserved this week.</source>
        <translation>No hay nada prestado ni reservado esta semana.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="+44"/>
        <location line="+11"/>
        <source>Welcome to GroupDesk</source>
        <translation>Le damos la bienvenida a GroupDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your group&apos;s members, meetings, shared resources and grants on this laptop. It works without internet, and your records stay with you.</source>
        <translation>Guarde en este equipo los miembros, las reuniones, los recursos compartidos y las subvenciones de su grupo. Funciona sin internet y sus registros se quedan con usted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try the demo</source>
        <translation>&amp;Probar la demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a made-up group to explore; your data is separate.</source>
        <translation>Abre un grupo inventado para explorar; sus datos quedan aparte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create our group</source>
        <translation>&amp;Crear nuestro grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Join our group&apos;s sync folder</source>
        <translation>&amp;Unirse a la carpeta de sincronización de nuestro grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another laptop of the group already uses GroupDesk: get everything from it.</source>
        <translation>Otro equipo del grupo ya usa GroupDesk: traiga todo desde él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joining result</source>
        <translation>Resultado de unirse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Riverside Neighbours</source>
        <translation>p. ej. Vecinos del Río</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is your group &amp;called?</source>
        <translation>¿Cómo se &amp;llama su grupo?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which c&amp;urrency do you use?</source>
        <translation>¿Qué m&amp;oneda usan?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How dates, numbers and money are written. Type to search, or type a code.</source>
        <translation>Cómo se escriben las fechas, los números y el dinero. Escriba para buscar o escriba un código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language and region</source>
        <translation>&amp;Idioma y región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paper you print on</source>
        <translation>&amp;Papel en el que imprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the &amp;group</source>
        <translation>Crear el &amp;grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+33"/>
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Joined, but the sync folder holds no group yet: sync the other laptop first, then try again.</source>
        <translation>Se unió, pero la carpeta de sincronización todavía no tiene ningún grupo: sincronice primero el otro equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not join: {error}</source>
        <translation>No se pudo unir: {error}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Find everywhere…</source>
        <translation type="vanished">&amp;Buscar en todo…</translation>
    </message>
</context>
</TS>
