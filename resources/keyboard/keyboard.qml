// The kiosk's on-screen keyboard: Qt Virtual Keyboard's InputPanel, embedded at the bottom of the window
// (a QQuickWidget, see kiosk/ui/keyboard.py). French AZERTY first, English QWERTY on the language key.
// Accents: hold a letter (e gives é è ê ë); the apostrophe is on the letters page, the hyphen on "&123".
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Rectangle {
    id: root
    color: "#F4F6F8"
    // Set from Python: the keyboard's language, and how tall it may be at most (a share of the window).
    property string locale: "fr_FR"
    property real maxKeyboardHeight: 360
    // The accents of a held key are drawn above it: the top row needs that much room above the keys.
    readonly property real headroom: Math.round(panel.height / 4) + 6
    // The keyboard's own width/height ratio (its style's design size) keeps it within maxKeyboardHeight.
    readonly property real keyboardRatio: 3.2
    implicitHeight: panel.height + headroom

    InputPanel {
        id: panel
        objectName: "inputPanel"
        width: Math.min(root.width, root.maxKeyboardHeight * root.keyboardRatio)
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["fr_FR", "en_GB"]
        VirtualKeyboardSettings.locale = root.locale
    }
    onLocaleChanged: VirtualKeyboardSettings.locale = root.locale
}
