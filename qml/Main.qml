import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

ApplicationWindow {
    id: window
    required property AppController app

    width: 1360
    height: 820
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: app.tenantName.length > 0 ? qsTr("Stockroom — %1").arg(app.tenantName) : qsTr("Stockroom")
    color: Theme.window

    StartupPage {
        anchors.fill: parent
        visible: window.app.state !== AppController.Ready
        app: window.app
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: window.app.state === AppController.Ready

        // Navigation rail: only the areas that work.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 200
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
                    text: window.app.tenantName
                    color: Theme.railText
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.bottomMargin: 14
                }
                NavButton {
                    text: qsTr("Catalog")
                    glyph: "▦"
                    active: true
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
                Label {
                    text: window.app.serverDescription
                    color: Theme.railText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                }
                ConnectionIndicator {
                    connected: window.app.connected
                    detail: window.app.connectionText
                    Layout.leftMargin: 8
                    Layout.bottomMargin: 6
                }
            }
        }

        CatalogPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            catalog: window.app.catalog
            categories: window.app.categories
            detail: window.app.variantDetail
            connected: window.app.connected
            connectionText: window.app.connectionText
        }
    }
}
