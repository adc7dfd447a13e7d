import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// A labelled choice of unit of measure ("g — Gram"); shows the code once chosen, and what is
// wrong with it underneath.
ColumnLayout {
    id: root
    property string label: ""
    property string boxObjectName: ""
    property var units: []
    property alias currentIndex: box.currentIndex
    property string error: ""
    signal chosen(string code)
    spacing: 3

    Label {
        visible: root.label.length > 0
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    ComboBox {
        id: box
        objectName: root.boxObjectName
        model: root.units
        textRole: "label"
        valueRole: "code"
        displayText: currentIndex >= 0 ? currentValue : qsTr("Choose")
        onActivated: root.chosen(currentValue)
        Layout.fillWidth: true
        Rectangle {
            anchors.fill: parent
            visible: root.error.length > 0
            color: "transparent"
            radius: 3
            border.color: Theme.bad
            border.width: 2
        }
    }
    Label {
        visible: root.error.length > 0
        text: root.error
        color: Theme.bad
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
