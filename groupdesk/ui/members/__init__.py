"""The Members page with its table model, dialogs and widgets."""
