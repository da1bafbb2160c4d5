"""This station's settings, laid out: one labelled row per setting in a scroll area, Save at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QScrollArea, QWidget

from kiosk.documents.layouts import LAYOUTS
from kiosk.domain.kinds import Direction
from kiosk.ui.context import StationRole
from kiosk.ui.screens.settings_fields import Toggle, count_box, offset_box, pin_field, stepper
from kiosk.ui.views import STRETCH, View, big_button, button, column, label, line_edit, page, row, title_label


class SettingsView(View):
    def __init__(self) -> None:
        super().__init__("settings")
        self.title = title_label()
        self.message = label("settingsMessage", wrap=True)
        self.save, self.back = big_button("saveSettings"), button("settingsBack")
        self.save.setMinimumHeight(72)
        column(self.title, (self._build_form(), 1), self.message, row(self.back, STRETCH, (self.save, 1)), owner=self)
        self.retranslate()

    def _build_form(self) -> QScrollArea:
        self.event_info = label("eventLabel", wrap=True)
        self.version = label("versionLabel", wrap=True)
        self.about = button("aboutButton")
        self.station = line_edit("stationName", 100)
        self.direction, self.layout_choice, self.language = QComboBox(), QComboBox(), QComboBox()
        self.role = QComboBox()
        self.role.setObjectName("stationRole")
        self.self_registration, self.checkin_walkins = Toggle("selfRegistration"), Toggle("checkinWalkins")
        self.printer = QComboBox()
        self.printer.setObjectName("stationPrinter")
        self.offset_x, self.offset_y = offset_box(), offset_box()
        self.files_folder = line_edit("filesFolder", 1000)
        self.database = label("databaseLabel", wrap=True)
        self.database_next = line_edit("databaseNext", 1000)
        self.backup_folder = line_edit("backupFolder", 1000)
        self.design_file = line_edit("designFile", 1000)
        self.design_button = button("chooseDesignFile")
        self.groups_entrance, self.organiser_phone = line_edit("groupsEntrance"), line_edit("organiserPhone", 40)
        self.organiser_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.backups_kept = count_box(1, 99)
        self.pin, self.pin_again = pin_field("newPin"), pin_field("newPinAgain")
        self.staff_pin, self.staff_pin_again = pin_field("newStaffPin"), pin_field("newStaffPinAgain")
        fields = (self.event_info, self.version, self.about, self.station, self.role, self.self_registration,
                  self.direction, self.checkin_walkins, self.layout_choice, self._design_row(), self.printer,
                  stepper(self.offset_x), stepper(self.offset_y), self.groups_entrance, self.organiser_phone,
                  self.language, self.files_folder, self.database, self.database_next, self.backup_folder,
                  stepper(self.backups_kept), self.staff_pin, self.staff_pin_again, self.pin, self.pin_again)
        self.captions = [label() for _ in fields]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, field in zip(self.captions, fields, strict=True):
            form.addRow(caption, field)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def _design_row(self) -> QWidget:
        """The design file's path, typed or chosen with the touch file chooser."""
        return page(row((self.design_file, 1), self.design_button), margins=False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Réglages du poste"))
        texts = (self.tr("Événement"), self.tr("Version"), self.tr("À propos"), self.tr("Nom du poste"),
                 self.tr("Rôle du poste"),
                 self.tr("Les visiteurs s'inscrivent seuls"), self.tr("Sens"),
                 self.tr("Entrée enregistrée dès l'inscription ici"), self.tr("Mise en page des badges"),
                 self.tr("Présentation des badges (fichier)"), self.tr("Imprimante des badges"),
                 self.tr("Décalage horizontal (mm)"), self.tr("Décalage vertical (mm)"),
                 self.tr("Entrée des groupes (lettres)"), self.tr("Téléphone de l'organisation (lettres)"),
                 self.tr("Langue"), self.tr("Dossier des fichiers"),
                 self.tr("Base de données"), self.tr("Autre base (au prochain démarrage)"),
                 self.tr("Dossier des sauvegardes"), self.tr("Sauvegardes gardées"),
                 self.tr("Nouveau code de l'accueil"), self.tr("Code de l'accueil, encore"),
                 self.tr("Nouveau code organisateur"), self.tr("Code organisateur, encore"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self._fill(self.role, [(self.tr("Accueil (code de l'accueil)"), StationRole.DESK.value),
                               (self.tr("Entrée en libre-service"), StationRole.SELF_SERVICE.value)])
        self._fill(self.direction, [(self.tr("Entrée"), Direction.IN.value), (self.tr("Sortie"), Direction.OUT.value)])
        self._fill(self.language, [("Français", "fr"), ("English", "en")])
        for field in (self.pin, self.staff_pin):
            field.setPlaceholderText(self.tr("4 à 8 chiffres ; vide : le code reste"))
        self.files_folder.setPlaceholderText(self.tr("vide : le dossier Documents ; les clés USB s'ajoutent"))
        self.backup_folder.setPlaceholderText(self.tr("vide : pas de sauvegarde automatique"))
        self.design_file.setPlaceholderText(self.tr("vide : la présentation du support ; fichier .toml ou .json"))
        self.design_button.setText(self.tr("Choisir…"))
        for toggle in (self.self_registration, self.checkin_walkins):
            toggle.retranslate()
        self.database_next.setPlaceholderText(self.tr("fichier SQLite ou postgresql://…"))
        self.save.setText(self.tr("Enregistrer"))
        self.about.setText(self.tr("Licences et composants"))
        self.back.setText(self.tr("Retour"))
        for box in (self.offset_x, self.offset_y):
            box.setLocale(QLocale())  # "1,5" in French, "1.5" in English

    def fill_printers(self, names: list[str], chosen: str) -> None:
        """The installed printers, "none" first; a chosen printer that has gone stays listed, marked."""
        items = [(self.tr("Aucune : le badge s'ouvre en PDF"), "")] + [(name, name) for name in names]
        if chosen and chosen not in names:
            items.append((self.tr("%1 (introuvable)").replace("%1", chosen), chosen))
        self._fill(self.printer, items)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))

    def fill_layouts(self, lang: str) -> None:
        self._fill(self.layout_choice, [(layout.title.text(lang), name) for name, layout in LAYOUTS.items()])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if chosen is not None:
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
