"""Phone check: consent and safety, set-up steps per phone, a read-only check in a worker
thread, then the results (as the computer check), with what to undo afterwards.

Menu paths and on-screen labels in the steps, and where each was checked (all read 2026-12-05).
Rule: a label is quoted only in a language for which a vendor source shows it; everywhere else the
step describes the place (the page about the phone, the build number, the developer options).

- Android Compatibility Definition 6.2, Google (en): upstream Android shows Developer options after
  seven taps on "Settings > About Device > Build Number". Confirms: the 7 taps on the build number.
  https://android.googlesource.com/platform/compatibility/cdd/+/refs/tags/android-platform-12.1.0_r10/6_dev-tools-and-options/6_2_developer_options.md
- Android developer docs source, commit "docs: 7 tap instructions for dev options", Google (en):
  "go to Settings > About phone and tap Build number seven times. Return to the previous screen to
  find Developer options." Confirms: the Pixel/plain-Android step "Settings > About phone",
  'Build number' (English only).
  https://android.googlesource.com/platform/frameworks/base/+/b9a2a0402aa5e92926a6bd28467992deed5d5d9d%5E1..b9a2a0402aa5e92926a6bd28467992deed5d5d9d/
- Android's own Settings labels (AOSP SettingsLib, the texts a Pixel / plain Android shows), Google:
  en packages/SettingsLib/res/values/strings.xml (commit 00ce02542f94245bbc1b4595e40db4d3ca6b4757),
  nl values-nl (commit 0069354da51377831aa9afc7935eb54aa284dd61),
  fr values-fr (commit 01369ada503a9a48148a73fcb375ebb9d68e00f0), in
  https://android.googlesource.com/platform/frameworks/base (read via its GitHub mirror
  aosp-mirror/platform_frameworks_base). Confirms in en / nl / fr:
  'Developer options' / 'Ontwikkelaarsopties' / 'Options pour les développeurs';
  'USB debugging' / 'USB-foutopsporing' / 'Débogage USB';
  'Revoke USB debugging authorizations' / 'Autorisatie USB-foutopsporing intrekken' /
  'Révoquer les autorisations de débogage USB' (the after-check steps, kit/phone/texts).
- The "Allow USB debugging?" prompt (AOSP SystemUI), Google: en packages/SystemUI/res/values/strings.xml
  (commit 002f0ce9c3d623aea28c4b0fe4d267e4c10dd740): 'Allow USB debugging?', 'Always allow from this
  computer', 'Allow'; nl packages/SystemUI/res/values-nl/strings.xml
  (commit 0046317044326e842500e572dbe8203ac67a439e): 'USB-foutopsporing toestaan?', 'Altijd toestaan
  vanaf deze computer'; values-fr (commit 004434afd9a4c13a97c05483d05672889222638d): 'Autoriser le
  débogage USB ?', 'Toujours autoriser sur cet ordinateur', 'Autoriser'. The Dutch button label was
  not in the version read, so the Dutch step describes it.
- Apple, "'Trust This Computer' alert on iPhone, iPad, or iPod touch" (en-us, HT202778):
  https://support.apple.com/en-us/HT202778 - "Tap Trust"; and its newer edition (en-nz):
  https://support.apple.com/en-nz/HT202778 - enter the passcode, tap Trust; untrust with "Settings,
  General, Transfer or Reset [Device], Reset, Reset Location & Privacy". Confirms (English only):
  'Trust This Computer?', 'Trust', and the untrust path in kit/phone/texts/en.py.
  No nl-be / fr-be edition of this page was found, so the Dutch and French iPhone steps describe
  the message and the reset instead of quoting them.
Not confirmed by a vendor page (so described, not quoted, in all three languages): Samsung's
'Software information', Xiaomi's 'MIUI version' / 'OS version', Oppo/realme/OnePlus 'Version',
'Additional settings', 'System settings', and where the developer options sit per brand.
No Samsung, Xiaomi, OPPO/OnePlus or Google Pixel Help page was found in the stored sources.
Vendor menus differ per version; where a maker's menu moved, the step names both places.
"""

from __future__ import annotations

import re
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kit.report.check_report import report_html
from kit.ui.check.check_results import ICONS, CheckResults
from kit.ui.check.keeping import ResultKeeping
from kit.ui.shell.section import Section
from kit.ui.widgets.labels import section_titles

BRANDS = ("samsung", "pixel", "xiaomi", "oppo", "other")


class PhoneWorker(QObject):
    progress = Signal(int, int, str, str)  # done, total, check id, status
    finished = Signal(object)  # the PhoneReport
    failed = Signal(str, str)  # error code, technical detail

    def __init__(self, language: str, open_source):
        super().__init__()
        self.language = language
        self.open_source = open_source
        self.cancel_event = threading.Event()

    def run(self) -> None:
        from kit.phone import PhoneError, run_phone_check

        source = None
        try:
            source = self.open_source()
            report = run_phone_check(source, language=self.language, cancel=self.cancel_event,
                                     progress=lambda d, t, cid, f: self.progress.emit(d, t, cid, f.status))
        except PhoneError as e:
            self.failed.emit(e.code, e.detail)
            return
        except Exception as e:  # noqa: BLE001 - the page says the check itself failed
            self.failed.emit("failed", f"{type(e).__name__}: {e}")
            return
        finally:
            if source is not None:
                source.close()
        self.finished.emit(report)

    def cancel(self) -> None:
        self.cancel_event.set()


def _live_source():
    from kit.paths import data_dir
    from kit.phone.probe import connect

    return connect(data_dir() / "phone")


class PhonePage(ResultKeeping, Section):
    ATTACHMENT_NAME = "phone-check.json"
    section_id = "phone"

    def __init__(self, state, parent=None, open_source=None):
        super().__init__(state, parent)
        self.open_source = open_source or _live_source  # tests pass a replay
        self.report = None
        self.worker = None
        self.thread = None
        self.error_code = ""
        self.heading = QLabel(self)
        self.pages = QStackedWidget(self)
        self._build_intro()
        self._build_setup()
        self._build_run()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self._update_intro()

    # -- pages ----------------------------------------------------------------------------
    def _label(self, parent, name: str = "") -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        if name:
            label.setObjectName(name)
        return label

    def _build_intro(self) -> None:
        self.intro = QWidget(self)
        self.intro_text = self._label(self.intro, "phone-intro")
        self.safety = self._label(self.intro, "phone-safety")
        self.kind_android = QRadioButton(self.intro)
        self.kind_iphone = QRadioButton(self.intro)
        self.kind_group = QButtonGroup(self.intro)
        self.kind_group.addButton(self.kind_android)
        self.kind_group.addButton(self.kind_iphone)
        self.kind_android.setChecked(True)
        self.consent = QCheckBox(self.intro)
        self.consent.setObjectName("phone-consent")
        self.next_button = QPushButton(self.intro)
        self.next_button.setObjectName("phone-next")
        lay = QVBoxLayout(self.intro)
        lay.addWidget(self.intro_text)
        lay.addWidget(self.safety)
        lay.addWidget(self.kind_android)
        lay.addWidget(self.kind_iphone)
        lay.addWidget(self.consent)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.consent.toggled.connect(self._update_intro)
        self.kind_android.toggled.connect(self._update_intro)
        self.next_button.clicked.connect(self.show_setup)
        self.pages.addWidget(self.intro)

    def _build_setup(self) -> None:
        self.setup = QWidget(self)
        self.brand_label = QLabel(self.setup)
        self.brand = QComboBox(self.setup)
        self.brand_label.setBuddy(self.brand)
        self.steps = self._label(self.setup, "phone-steps")
        self.back_button = QPushButton(self.setup)
        self.start_button = QPushButton(self.setup)
        self.start_button.setObjectName("phone-start")
        lay = QVBoxLayout(self.setup)
        row = QHBoxLayout()
        row.addWidget(self.brand_label)
        row.addWidget(self.brand, 1)
        lay.addLayout(row)
        lay.addWidget(self.steps)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.brand.currentIndexChanged.connect(self._show_steps)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.intro))
        self.start_button.clicked.connect(self.start)
        self.pages.addWidget(self.setup)

    def _build_run(self) -> None:
        self.run_page = QWidget(self)
        self.cancel_button = QPushButton(self.run_page)
        self.again_button = QPushButton(self.run_page)
        self.again_button.setObjectName("phone-again")
        self.progress = QProgressBar(self.run_page)
        self.error = self._label(self.run_page, "phone-error")
        self.status = QListWidget(self.run_page)
        self.results = CheckResults(self.run_page)
        self.summary = self._label(self.run_page, "phone-summary")
        self.after = self._label(self.run_page, "phone-after")
        self.guides_button = QPushButton(self.run_page)
        self.guides_button.setObjectName("phone-account-guides")
        row = QHBoxLayout()
        for b in (self.cancel_button, self.again_button):
            row.addWidget(b)
        row.addWidget(self.progress, 1)
        out = self.keeping_row(self.run_page)
        out.addWidget(self.guides_button)
        split = QSplitter(self.run_page)
        split.addWidget(self.status)
        split.addWidget(self.results)
        split.setStretchFactor(1, 3)
        # the summary and the steps to undo: long, wrapped texts that must never be cut off,
        # so they scroll in their own area under the results (the splitter lets people resize)
        notes = QWidget(self.run_page)
        notes_lay = QVBoxLayout(notes)
        notes_lay.setContentsMargins(0, 0, 0, 0)
        notes_lay.addWidget(self.summary)
        notes_lay.addWidget(self.after)
        notes_lay.addStretch(1)
        self.notes = QScrollArea(self.run_page)
        self.notes.setWidgetResizable(True)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.setWidget(notes)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.vsplit = vsplit = QSplitter(Qt.Orientation.Vertical, self.run_page)
        vsplit.addWidget(split)
        vsplit.addWidget(self.notes)
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 2)
        vsplit.setChildrenCollapsible(False)
        lay = QVBoxLayout(self.run_page)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(vsplit, 1)
        lay.addLayout(out)
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button.clicked.connect(self.show_setup)
        self.guides_button.clicked.connect(lambda: self.state.open_section.emit("separation"))
        self.pages.addWidget(self.run_page)
        self._set_running(False)

    # -- texts ----------------------------------------------------------------------------
    def title(self) -> str:
        return section_titles()["phone"]

    def is_android(self) -> bool:
        return self.kind_android.isChecked()

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.title()}</h1>")
        self.intro_text.setText(self.tr(
            "This check looks at a phone that is connected to this computer with a USB cable: known "
            "spy apps, apps that can read the screen or the notifications, admin apps, apps from "
            "outside the store, profiles and device management. It only reads: it changes nothing, "
            "removes nothing and sends nothing over the internet. It takes a few minutes."))
        self.safety.setText("<p>" + "</p><p>".join([
            self.tr("<b>Before you start:</b> if something is found, do not remove it straight away. "
                    "The other person may notice, and it is evidence. Save the result in your "
                    "journal first and talk to a help service. This kit never removes anything."),
            self.tr("<b>This leaves a trace on the phone.</b> On Android, turning on USB debugging "
                    "makes 'Developer options' visible in Settings and adds this computer to the "
                    "phone's trusted computers. An iPhone remembers that it trusted this computer. "
                    "After the check, we show how to undo this."),
            self.tr("A clean result is not proof. This check cannot see your Google or iCloud "
                    "account; the guides in Digital separation show how to secure those."),
        ]) + "</p>")
        self.kind_android.setText(self.tr("&Android phone"))
        self.kind_iphone.setText(self.tr("i&Phone"))
        self.consent.setText(self.tr("The person who uses this phone is here and agrees to the &check"))
        self.brand_label.setText(self.tr("Phone b&rand:"))
        current = self.brand.currentIndex()
        self.brand.blockSignals(True)
        self.brand.clear()
        for text in (self.tr("Samsung"), self.tr("Google Pixel or another phone with plain Android"),
                     self.tr("Xiaomi, Redmi or POCO"), self.tr("Oppo, realme or OnePlus"),
                     self.tr("Another brand")):
            self.brand.addItem(text)
        self.brand.setCurrentIndex(max(0, current))
        self.brand.blockSignals(False)
        for b, text, desc in (
            (self.next_button, self.tr("&Next"), self.tr("Shows how to connect the phone")),
            (self.back_button, self.tr("&Back"), self.tr("Goes back to the first page")),
            (self.start_button, self.tr("&Start the check"), self.tr("Connects to the phone and reads its apps and settings")),
            (self.cancel_button, self.tr("&Cancel"), self.tr("Stops the check")),
            (self.again_button, self.tr("&Try again"), self.tr("Shows the set-up steps again, to check again")),
            *self.keeping_texts(),
            (self.guides_button, self.tr("&Account guides"),
             self.tr("Opens Digital separation: the guides to secure a Google account or Apple ID, which this check cannot see")),
        ):
            b.setText(text)
            b.setAccessibleName(text.replace("&", ""))
            b.setAccessibleDescription(desc)
        for w, name, desc in (
            (self.kind_android, self.tr("Android phone"), self.tr("Check an Android phone")),
            (self.kind_iphone, self.tr("iPhone"), self.tr("Check an iPhone")),
            (self.consent, self.tr("Consent"), self.tr("The check starts only when the person who uses the phone agrees")),
            (self.brand, self.tr("Phone brand"), self.tr("The steps to turn on USB debugging differ per brand")),
            (self.progress, self.tr("Progress of the check"), self.tr("How many parts of the check are done")),
            (self.status, self.tr("Checks"), self.tr("Every check and its result so far")),
            (self.results, self.tr("Results"), self.tr("Findings grouped by what they mean; expand one to read more")),
        ):
            w.setAccessibleName(name)
            w.setAccessibleDescription(desc)
        self._show_steps()
        if self.report is not None:
            self.show_report(self.report.localized(self.state.lang))
        elif self.error_code:
            self._failed(self.error_code, "")

    def _update_intro(self) -> None:
        self.next_button.setEnabled(self.consent.isChecked())
        self.brand.setVisible(self.is_android())
        self.brand_label.setVisible(self.is_android())

    # Every quoted label and menu path below is sourced in the module comment at the top
    # (vendor page, language, read 2026-12-05); unconfirmed places are described, not quoted.
    def _brand_steps(self) -> list[str]:
        brand = BRANDS[max(0, self.brand.currentIndex())]
        build = {
            "samsung": self.tr("Open Settings and the page about the phone, then the page with the software information. Tap the build number 7 times. Enter the phone's PIN if it asks."),
            "pixel": self.tr("Open Settings > About phone. Tap 'Build number' 7 times. Enter the phone's PIN if it asks."),
            "xiaomi": self.tr("Open Settings and the page about the phone. Tap the version of the phone's software (HyperOS or MIUI) 7 times. Enter the PIN if it asks."),
            "oppo": self.tr("Open Settings and the page about the device (on older phones: about the phone), then the page with the version. Tap the build number 7 times. Enter the PIN if it asks."),
            "other": self.tr("Open Settings and the page about the phone. Find the build number (sometimes one page deeper, with the software information or the version) and tap it 7 times."),
        }[brand]
        debug = {
            "samsung": self.tr("Go back to Settings. The developer options are now at the bottom: open them and turn on USB debugging."),
            "pixel": self.tr("Go back to Settings and open 'Developer options' (on a Pixel, with the system settings). Turn on 'USB debugging'."),
            "xiaomi": self.tr("Go back to Settings. Open the additional settings, then the developer options, and turn on USB debugging."),
            "oppo": self.tr("Go back to Settings. Open the system settings (on older phones: the additional settings), then the developer options, and turn on USB debugging."),
            "other": self.tr("Go back to Settings. Find the developer options (often with the system settings or the additional settings) and turn on USB debugging."),
        }[brand]
        return [
            self.tr("Unlock the phone."), build, debug,
            self.tr("Connect the phone to this computer with a USB cable that can carry data."),
            self.tr("Press 'Start the check' below. On the phone, the message 'Allow USB debugging?' appears: "
                    "tap 'Allow'. Do not tick 'Always allow from this computer'. You have about 45 seconds."),
            self.tr("Keep the phone unlocked until the check is done."),
        ]

    def _iphone_steps(self) -> list[str]:
        return [
            self.tr("Unlock the iPhone and connect it to this computer with its cable."),
            self.tr("Press 'Start the check' below. On the iPhone, the message 'Trust This Computer?' appears: "
                    "tap 'Trust' and enter the iPhone's passcode."),
            self.tr("Keep the iPhone unlocked until the check is done."),
            self.tr("On Windows, this needs Apple Devices or iTunes (for 'Apple Mobile Device Support'). "
                    "On Linux, it needs usbmuxd. On a Mac, nothing extra is needed."),
        ]

    def _show_steps(self) -> None:
        steps = self._brand_steps() if self.is_android() else self._iphone_steps()
        self.steps.setText("<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>")

    # -- running ----------------------------------------------------------------------------
    def show_setup(self) -> None:
        if self.thread is not None and self.thread.isRunning():
            return
        self._update_intro()
        self._show_steps()
        self.pages.setCurrentWidget(self.setup)

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.again_button.setEnabled(not running)
        self.enable_keeping(not running)

    def start(self):
        from kit.checks.i18n import check_name
        from kit.phone.runner import checks_for
        from kit.ui.widgets.worker_thread import start

        if self.thread is not None and self.thread.isRunning():
            return None
        if not self.consent.isChecked():
            self.pages.setCurrentWidget(self.intro)
            return None
        self.report = None
        self.error_code = ""
        for w in (self.results, self.status):
            w.clear()
        for w in (self.summary, self.after, self.error):
            w.clear()
        self.error.setVisible(False)
        self._items: dict[str, QListWidgetItem] = {}
        for cid, _ in checks_for("android" if self.is_android() else "ios"):
            item = QListWidgetItem(f"{check_name(cid, self.state.lang)}: …")
            self.status.addItem(item)
            self._items[cid] = item
        self.progress.setRange(0, 0)  # busy until the phone answers
        self.pages.setCurrentWidget(self.run_page)
        self.worker = PhoneWorker(self.state.lang, self.open_source)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self._set_running(True)
        self.thread = start(self.worker, self.worker.finished, self.worker.failed)
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int, check_id: str, status: str) -> None:
        from kit.checks.i18n import check_name, label

        self.progress.setRange(0, total)
        self.progress.setValue(done)
        item = self._items.get(check_id)
        if item is None:  # a phone of the other kind than chosen: the list follows the phone
            item = QListWidgetItem()
            self.status.addItem(item)
            self._items[check_id] = item
        item.setText(f"{check_name(check_id, self.state.lang)}: {label('group.' + status, self.state.lang)}")
        item.setIcon(self.style().standardIcon(ICONS[status]))

    def _finished(self, report) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._set_running(False)
        self.show_report(report)

    def _failed(self, code: str, detail: str) -> None:
        import kit.phone.texts  # noqa: F401 - the error texts
        from kit.checks.i18n import label

        self.error_code = code
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._set_running(False)
        self.error.setText(f"<b>{label('phone.error.' + code, self.state.lang)}</b>"
                           + (f"<br><small>{detail}</small>" if detail and code == "failed" else ""))
        self.error.setVisible(True)
        self.error.setAccessibleName(label("phone.error." + code, self.state.lang))
        self.summary.setText(self.tr("Nothing was changed on the phone."))

    def show_report(self, report) -> None:
        from kit.checks.i18n import label

        self.results.show_report(report, self.state.lang)
        last = self.results.topLevelItem(self.results.topLevelItemCount() - 1)
        last.setText(0, label("phone.summary.not_proof", self.state.lang))
        counts = report.counts()
        self.summary.setText(self.tr("%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.")
                             .replace("%1", str(counts["attention"])).replace("%2", str(counts["info"]))
                             .replace("%3", str(counts["unknown"])).replace("%4", str(counts["ok"]))
                             + " " + label("phone.summary.not_proof", self.state.lang))
        key = "phone.after.android" if report.platform == "android" else "phone.after.ios"
        steps = label(key, self.state.lang)
        head, _, rest = steps.partition(" 1. ")
        if rest:  # "When you are done: 1. ... 2. ..." as a numbered list
            items = [i.strip() for i in re.split(r"\s\d\.\s", " " + rest) if i.strip()]
            steps = f"{head}<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"
        self.after.setText(f"<b>{steps}</b>")
        self._share_space()

    def _share_space(self) -> None:
        """Results above, the summary and the steps to undo below: about 3 to 2."""
        total = self.vsplit.height()
        if total > 0:
            self.vsplit.setSizes([total * 3 // 5, total - total * 3 // 5])

    def reset(self) -> None:
        """After a quick exit: stop, forget the result, back to the first page."""
        self.cancel()
        self.report = None
        self.error_code = ""
        self.results.clear()
        self.status.clear()
        self.consent.setChecked(False)
        self.pages.setCurrentWidget(self.intro)

    # -- keeping the result -------------------------------------------------------------------
    def html(self) -> str:
        after = "phone.after.android" if self.report.platform == "android" else "phone.after.ios"
        return report_html(self.report, self.title(), self.state.lang,
                           closing=("phone.summary.not_proof", after))

    def pdf_file_name(self) -> str:
        return self.tr("phone-check.pdf")

    def journal_heading(self) -> str:
        device = ", ".join(f"{v}" for v in self.report.device.values())
        return self.tr("Phone check of %s") % self.report.started + (f" ({device})" if device else "")

    def journal_where(self) -> str:
        return self.tr("Phone")
