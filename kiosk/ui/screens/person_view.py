"""One person, laid out: name, class, whereabouts, a message line, four big actions or the name editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.views import STRETCH, View, big_button, button, column, label, line_edit, restyle, row, title_label


class PersonScreenView(View):
    def __init__(self) -> None:
        super().__init__("person")
        self.name = title_label()
        self.name.setObjectName("personName")
        self.details = label("personDetails", wrap=True)
        self.status = label("personStatus", wrap=True)
        self.message = label("personMessage", wrap=True)
        self.show_badge = self.worded(button("personShowBadge"), lambda: self.tr("Voir le badge"))
        self.action_panel = self._build_actions()
        self.editor = self._build_editor()
        self.back = self.worded(button("personBack"), lambda: self.tr("Retour à la recherche"))
        self.home = self.worded(button("personHome"), lambda: self.tr("Accueil"))
        column(self.name, self.details, self.status, row((self.message, 1), self.show_badge), STRETCH,
               (self.action_panel, 3), self.editor, STRETCH, row(self.back, STRETCH, self.home), owner=self)
        self.editor.hide()
        self.message.hide()
        self.show_badge.hide()

    def _build_actions(self) -> QWidget:
        self.check_in = self.worded(big_button("personCheckIn"), lambda: self.tr("Enregistrer l'entrée"))
        self.check_out = self.worded(big_button("personCheckOut"), lambda: self.tr("Enregistrer la sortie"))
        self.reprint = self.worded(big_button("personReprint"), lambda: self.tr("Réimprimer le badge"))
        self.fix_name = self.worded(big_button("personFixName"), lambda: self.tr("Corriger le nom"))
        panel = QWidget()
        actions = QGridLayout(panel)
        actions.setContentsMargins(0, 0, 0, 0)
        for place, action in enumerate((self.check_in, self.check_out, self.reprint, self.fix_name)):
            actions.addWidget(action, place // 2, place % 2)
        return panel

    def _build_editor(self) -> QWidget:
        self.first_name, self.last_name = line_edit("personFirstName"), line_edit("personLastName")
        self.first_name_label = self.worded(label("personFirstNameLabel"), lambda: self.tr("Prénom"))
        self.last_name_label = self.worded(label("personLastNameLabel"), lambda: self.tr("Nom"))
        self.save = self.worded(button("personSave"), lambda: self.tr("Enregistrer le nom"))
        self.cancel = self.worded(button("personCancel"), lambda: self.tr("Annuler"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.first_name_label, self.first_name)
        form.addRow(self.last_name_label, self.last_name)
        buttons = row(STRETCH, self.cancel, self.save)
        editor = QWidget()
        editor.setObjectName("personEditor")
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return editor

    def show_editor(self, shown: bool) -> None:
        """The name form replaces the action buttons while it is open (room for it at 1280×800)."""
        self.editor.setVisible(shown)
        self.action_panel.setVisible(not shown)

    def show_message(self, text: str, tone: str = "info", *, show_badge: bool = False) -> None:
        """One line saying what just happened; `show_badge`: with the button that shows the badge made."""
        self.message.setText(text)
        restyle(self.message, "tone", tone)
        self.message.setVisible(bool(text))
        self.show_badge.setVisible(show_badge)

    def set_busy(self, busy: bool) -> None:
        for part in (self.check_in, self.check_out, self.reprint, self.fix_name, self.save):
            part.setEnabled(not busy)
