import pytest


@pytest.fixture(autouse=True)
def delete_widgets_after_each_test(qapp):
    """Widgets closed at the end of a test (pytest-qt) and pages replaced during it are only
    *scheduled* for deletion: without a running event loop Qt never deletes them. They then pile
    up (thousands after the guide walks), every later app-wide change (style sheet, font,
    language) visits them all, and their timers and slots can still fire in a later test. Delete
    them here, after the worker threads have been joined (the fixture below ends first)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    for _ in range(3):  # deleting a widget can schedule more deletions
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def no_leftover_qthreads(request):
    """Worker threads (kit.ui.widgets.worker_thread) are stopped and joined before a test ends."""
    from kit.ui.widgets import worker_thread

    yield
    left = worker_thread.running()
    if left:
        worker_thread.stop_all()  # cancel and join them, so the next test starts clean
        pytest.fail(f"{request.node.nodeid} left {len(left)} worker thread(s) running")


@pytest.fixture
def state(qapp, isolated_dirs):
    from kit.ui.shell.state import AppState

    st = AppState(isolated_dirs)
    st.languages.apply("en")
    yield st
    st.lock()
    st.quick_exit.uninstall()
    st.idle_lock.uninstall()
    st.deleteLater()


@pytest.fixture
def window(qtbot, state):
    from kit.ui.shell.main_window import MainWindow

    w = MainWindow(state)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: state.quick_exit.installed)  # armed right after the first paint
    return w
