import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One staff member in the list: name and login, role, where they work, and whether they can
// sign in.
ItemDelegate {
    id: root
    required property int index
    required property string login
    required property string displayName
    required property string roleTitle
    required property string scopeText
    required property bool active
    required property bool self
    required property var columns
    property bool selected: ListView.isCurrentItem

    height: 52
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    component Badge: Label {
        font.pixelSize: 10
        font.weight: Font.DemiBold
        padding: 3
        leftPadding: 6
        rightPadding: 6
    }

    contentItem: RowLayout {
        spacing: 12
        opacity: root.active ? 1 : 0.6
        // Name (with a badge on your own account) over the login.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Column {
                id: who
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                spacing: 1
                Row {
                    spacing: 6
                    Label {
                        text: root.displayName
                        width: Math.min(implicitWidth, who.width - (you.visible ? you.width + 6 : 0))
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.Medium
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Badge {
                        id: you
                        visible: root.self
                        text: qsTr("You")
                        color: Theme.accent
                        background: Rectangle { color: Theme.accentSoft; radius: 3 }
                    }
                }
                Label {
                    text: root.login
                    width: who.width
                    font.family: Theme.monoFamily
                    font.pixelSize: 11
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
        Label {
            text: root.roleTitle
            font.pixelSize: Theme.fontBody
            color: Theme.text
            elide: Text.ElideRight
            Layout.preferredWidth: root.columns.role
        }
        Label {
            text: root.scopeText
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            elide: Text.ElideRight
            Layout.preferredWidth: root.columns.scope
        }
        RowLayout {
            spacing: 6
            Layout.preferredWidth: root.columns.status
            Layout.fillWidth: false // layouts fill by default; the name column takes the room
            Rectangle {
                width: 8; height: 8; radius: 4
                color: root.active ? Theme.good : Theme.textMuted
            }
            Label {
                text: root.active ? qsTr("Active") : qsTr("Disabled")
                font.pixelSize: Theme.fontBody
                color: root.active ? Theme.text : Theme.textMuted
                Layout.fillWidth: true
            }
        }
    }
}
