import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Why the database (or this screen) refused the last action, next to the form that sent it.
Rectangle {
    id: root
    property string text: ""
    visible: text.length > 0
    color: Theme.badSoft
    radius: Theme.radius
    border.color: "#fecaca"
    implicitHeight: body.implicitHeight + 20
    Layout.fillWidth: true

    Label {
        id: body
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
        text: root.text
        color: Theme.bad
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
    }
}
