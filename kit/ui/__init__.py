"""The Qt front end. It adapts the Qt-free core in kit/ into widgets, one folder per part of
the app:

- shell/: the main window, start page, section list, app state, quick exit, idle lock, theme,
  icons, the tour;
- separation/: intake, plan, guides, checklists, take-home, the helper session;
- family/: module library, presenter, quizzes and tally, self-study, session log;
- check/: the computer check and the phone check;
- journal/: the evidence journal;
- help/: help directory, rights, the "In danger now?" dialog;
- settings/: settings and the data folder;
- widgets/: pieces every part uses (Markdown labels, printing, file dialogs, unlock panel,
  accessibility helpers, fitting to small windows, worker threads).
"""
