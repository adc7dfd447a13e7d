import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// What a list shows when it has nothing: a title and what to do about it.
ColumnLayout {
    id: root
    property string title
    property string hint
    spacing: 6
    Label {
        text: root.title
        font.pixelSize: 15
        font.weight: Font.DemiBold
        color: Theme.text
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: root.hint
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true // wraps within a narrower panel too
        Layout.maximumWidth: 420
        Layout.alignment: Qt.AlignHCenter
    }
}
