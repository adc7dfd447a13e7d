import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// "Label   value" in a detail panel; long values wrap.
RowLayout {
    property alias label: key.text
    property alias value: val.text
    spacing: 8
    Label { id: key; color: Theme.textMuted; Layout.preferredWidth: 96; font.pixelSize: Theme.fontBody }
    Label { id: val; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap; font.pixelSize: Theme.fontBody }
}
