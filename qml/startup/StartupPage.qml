import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Shown while the app comes up (cluster, migrations, demo data) and when it could not.
Rectangle {
    id: root
    required property AppController app
    color: Theme.window

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 560)
        spacing: 14

        Label {
            text: qsTr("Stockroom")
            font.pixelSize: 28
            font.weight: Font.Bold
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: root.app.serverDescription
            color: Theme.textMuted
            Layout.alignment: Qt.AlignHCenter
        }
        ProgressBar {
            visible: root.app.state === AppController.Starting
            indeterminate: root.app.progress < 0
            value: Math.max(0, root.app.progress)
            Layout.fillWidth: true
            Layout.topMargin: 10
        }
        Label {
            visible: root.app.state === AppController.Starting
            text: root.app.statusText
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Rectangle {
            visible: root.app.state === AppController.Failed
            color: Theme.badSoft
            radius: Theme.radius
            border.color: "#fca5a5"
            Layout.fillWidth: true
            Layout.preferredHeight: failure.implicitHeight + 28
            ColumnLayout {
                id: failure
                anchors { fill: parent; margins: 14 }
                spacing: 6
                Label {
                    text: qsTr("Stockroom could not start")
                    font.weight: Font.DemiBold
                    color: Theme.bad
                }
                Label {
                    objectName: "startupError"
                    text: root.app.errorText
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
            }
        }
    }
}
