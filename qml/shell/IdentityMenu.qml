import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Who is signed in and where they work; a click opens Switch user (demo) and Sign out.
ItemDelegate {
    id: root
    required property AppController app
    objectName: "identityButton"
    implicitHeight: content.implicitHeight + 16
    padding: 8
    hoverEnabled: true
    onClicked: menu.open()

    background: Rectangle {
        radius: Theme.radius
        color: root.down || menu.visible ? Theme.railActive : (root.hovered ? "#273449" : "transparent")
    }

    contentItem: RowLayout {
        id: content
        spacing: 10
        Rectangle {
            Layout.preferredWidth: 34
            Layout.preferredHeight: 34
            Layout.alignment: Qt.AlignTop
            radius: 17
            color: Theme.accent
            Label {
                anchors.centerIn: parent
                text: {
                    const words = root.app.displayName.split(" ").filter(w => w.length > 0)
                    return words.slice(0, 2).map(w => w[0]).join("").toUpperCase()
                }
                color: "#ffffff"
                font.pixelSize: 13
                font.weight: Font.DemiBold
            }
        }
        ColumnLayout {
            spacing: 1
            Layout.fillWidth: true
            Label {
                objectName: "identityName"
                text: root.app.displayName
                color: "#ffffff"
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "identityRole"
                text: root.app.roleTitle
                color: Theme.railText
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "identityWhere"
                text: root.app.whereText
                color: Theme.railText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: "⋮"
            color: Theme.railText
            font.pixelSize: 16
            Layout.alignment: Qt.AlignTop
        }
    }

    Menu {
        id: menu
        objectName: "identityMenu"
        x: 0
        y: -implicitHeight - 4
        // Only on the embedded demo, whose accounts and passwords are known.
        Menu {
            id: switchMenu
            objectName: "switchUserMenu"
            title: qsTr("Switch user")
            width: 300 // names with their role titles
            Instantiator {
                model: root.app.demoAccounts
                MenuItem {
                    required property var modelData
                    objectName: "switchTo_" + modelData.login
                    text: qsTr("%1 (%2)").arg(modelData.displayName).arg(modelData.roleTitle)
                    checkable: true
                    checked: modelData.login === root.app.login
                    onTriggered: root.app.switchUser(modelData.login)
                }
                onObjectAdded: (index, object) => switchMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => switchMenu.removeItem(object)
            }
        }
        MenuSeparator {
            id: switchSeparator
        }
        MenuItem {
            objectName: "signOutItem"
            text: qsTr("Sign out")
            onTriggered: root.app.signOut()
        }
    }
    Component.onCompleted: {
        if (root.app.canSwitchUser)
            return
        menu.removeItem(switchSeparator)
        menu.removeMenu(switchMenu)
    }
}
