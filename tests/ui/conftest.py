import pytest


@pytest.fixture
def state(qapp, isolated_dirs):
    from kit.ui.state import AppState

    st = AppState(isolated_dirs)
    st.languages.apply("en")
    yield st
    st.lock()
    st.quick_exit.uninstall()
    st.idle_lock.uninstall()
    st.deleteLater()


@pytest.fixture
def window(qtbot, state):
    from kit.ui.main_window import MainWindow

    w = MainWindow(state)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
