import pytest


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
    return w
