import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Someone else saved the item first: who and when, and every field they or you changed, their
// saved value beside your unsaved one. Nothing is saved until the person chooses.
Rectangle {
    id: root
    objectName: "conflictPanel"
    required property CatalogEditorController editor
    color: Theme.surface
    radius: 8

    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 10

        Label {
            objectName: "conflictTitle"
            text: qsTr("Someone else saved this item first")
            font.pixelSize: 17
            font.weight: Font.Bold
            color: Theme.warn
        }
        Label {
            objectName: "conflictText"
            text: root.editor.conflictText
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Nothing of yours has been saved. Compare their saved values with your unsaved edits, then choose how to go on.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: 6
            implicitHeight: 30
            color: Theme.surfaceAlt
            RowLayout {
                anchors { fill: parent; leftMargin: 10; rightMargin: 10 }
                spacing: 12
                ColumnTitle { text: qsTr("Field"); Layout.preferredWidth: 150 }
                ColumnTitle { text: qsTr("Their saved value"); Layout.fillWidth: true; Layout.preferredWidth: 1 }
                ColumnTitle { text: qsTr("Your unsaved edit"); Layout.fillWidth: true; Layout.preferredWidth: 1 }
            }
        }
        ListView {
            objectName: "conflictRows"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            Layout.maximumHeight: root.height - 300
            clip: true
            model: root.editor.conflictRows
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                required property var modelData
                width: ListView.view.width
                implicitHeight: cells.implicitHeight + 14
                color: modelData.clash ? Theme.warnSoft : "transparent"
                Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
                RowLayout {
                    id: cells
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 10; rightMargin: 10 }
                    spacing: 12
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: false
                        Layout.preferredWidth: 150
                        Label { text: modelData.label; color: Theme.text; font.weight: Font.DemiBold; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        Label {
                            text: modelData.clash ? qsTr("both changed") : modelData.theyChanged ? qsTr("they changed") : qsTr("you changed")
                            color: modelData.clash ? Theme.warn : Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        text: modelData.theirs
                        color: modelData.theyChanged ? Theme.text : Theme.textMuted
                        font.weight: modelData.theyChanged ? Font.DemiBold : Font.Normal
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                    Label {
                        text: modelData.mine
                        color: modelData.youChanged ? Theme.text : Theme.textMuted
                        font.weight: modelData.youChanged ? Font.DemiBold : Font.Normal
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                }
            }
        }

        RowLayout {
            spacing: 16
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Button {
                    objectName: "reloadTheirsButton"
                    text: qsTr("Reload theirs")
                    Layout.preferredWidth: 170
                    onClicked: root.editor.reloadTheirs()
                }
                Label {
                    text: qsTr("Your unsaved edits are discarded; the form shows their version.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                PrimaryButton {
                    objectName: "keepEditingButton"
                    text: qsTr("Keep editing")
                    Layout.preferredWidth: 170
                    onClicked: root.editor.keepEditing()
                }
                Label {
                    text: qsTr("Your edits are put on their version (yours win where both changed a field); check the form and save again.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
