"""The Qt front end. It adapts the Qt-free core in kit/ into widgets."""
