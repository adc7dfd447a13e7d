import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The dark rail on the left: the tenant, the screens this role may use, who is signed in (with
// the Switch user and Sign out menu), the server, whether it is reachable and whether changes
// made elsewhere come in live.
Rectangle {
    id: rail
    required property AppController app
    property var screens: []
    property string currentArea
    signal opened(string area)
    color: Theme.rail

    ColumnLayout {
        anchors { fill: parent; margins: 10 }
        spacing: 4
        Label {
            text: qsTr("Stockroom")
            color: "#ffffff"
            font.pixelSize: 17
            font.weight: Font.Bold
            Layout.leftMargin: 8
            Layout.topMargin: 6
        }
        Label {
            objectName: "railTenant"
            text: rail.app.tenantName
            color: Theme.railText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.bottomMargin: 14
        }
        Repeater {
            model: rail.screens
            NavButton {
                required property var modelData
                objectName: "nav_" + modelData.area
                text: modelData.title
                glyph: modelData.glyph
                active: modelData.area === rail.currentArea
                Layout.fillWidth: true
                onClicked: rail.opened(modelData.area)
            }
        }
        Item { Layout.fillHeight: true }
        IdentityMenu {
            app: rail.app
            Layout.fillWidth: true
        }
        Rectangle {
            color: Theme.railActive
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            Layout.topMargin: 6
            Layout.bottomMargin: 6
        }
        Label {
            text: rail.app.serverDescription
            color: Theme.railText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.leftMargin: 8
        }
        ConnectionIndicator {
            connected: rail.app.connected
            detail: rail.app.connectionText
            streamState: rail.app.live.state
            streamDetail: rail.app.live.statusText
            onReconnectRequested: rail.app.live.reconnectNow()
            Layout.leftMargin: 8
            Layout.bottomMargin: 6
        }
    }
}
