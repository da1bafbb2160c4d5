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
    // The keyboard's own width/height ratio (its style's design size) keeps it within maxKeyboardHeight.
    readonly property real keyboardRatio: 3.2
    // No room is kept above the keys: the window's screen gets every pixel the keys do not need.
    implicitHeight: panel.height

    InputPanel {
        id: panel
        objectName: "inputPanel"
        width: Math.min(root.width, root.maxKeyboardHeight * root.keyboardRatio)
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
    }

    // The accents of a held key show above it; above the top row that would be outside the keyboard (cut
    // off), so there they show over the keys instead. A held accent is chosen by sliding sideways only.
    readonly property Item accents: panel.keyboard ? panel.keyboard.alternativeKeys : null
    onAccentsChanged: if (accents) { accents.objectName = "accents"; accents.listView.objectName = "accentList" }
    function keepAccentsInside() {
        if (!accents || !accents.listView)
            return
        var list = accents.listView
        var style = panel.keyboard.style
        var wanted = accents.origin.y - list.height - (style ? style.alternateKeysListBottomMargin : 0)
        var top = accents.mapToItem(root, 0, 0).y
        list.y = Math.max(wanted, -top)
    }
    Connections {
        target: root.accents
        function onOriginChanged() { root.keepAccentsInside() }
        function onActiveChanged() { root.keepAccentsInside() }
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["fr_FR", "en_GB"]
        VirtualKeyboardSettings.locale = root.locale
    }
    onLocaleChanged: VirtualKeyboardSettings.locale = root.locale
}
