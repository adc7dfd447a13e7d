import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The Store view: the catalog as one of the person's locations sells it — the price in effect
// there now and why, what can be sold and whether it can be ordered — searched, paged in as it
// scrolls, and kept current by the live stream.
Rectangle {
    id: page
    required property StoreCatalogModel store
    required property LocationModel locations
    property bool connected: true
    property string connectionText: ""

    // On a narrower window the category gives way so the name keeps room.
    readonly property var columns: {
        const room = width - 32 - 2 * Theme.cellInset - Theme.scrollBarRoom
        const c = { sku: 120, category: 210, price: 250, available: 100, status: 128 }
        const used = Object.keys(c).reduce((sum, k) => sum + c[k] + 12, 0)
        if (room - used < 220)
            c.category = 0
        return c
    }
    color: Theme.window

    function syncLocationBox() {
        locationBox.currentIndex = page.locations.indexOf(page.store.locationId)
    }
    Connections {
        target: page.store
        function onLocationIdChanged() { page.syncLocationBox(); list.positionViewAtBeginning() }
    }
    Connections {
        target: page.locations
        function onModelReset() { page.syncLocationBox() }
    }
    Component.onCompleted: {
        syncLocationBox()
        search.text = page.store.search
    }

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+K"]
        onActivated: search.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title, where, and the search.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            RowLayout {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                spacing: 14
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label { text: qsTr("Store view"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                    Label {
                        objectName: "storeSummary"
                        text: {
                            if (!page.store.loadedOnce)
                                return qsTr("Loading…")
                            if (page.store.locationId.length === 0)
                                return qsTr("No location to show")
                            const shown = page.store.hasMore ? qsTr("%1+ items").arg(page.store.count)
                                        : (page.store.count === 1 ? qsTr("1 item") : qsTr("%1 items").arg(page.store.count))
                            return page.store.channel === "default"
                                    ? qsTr("%1 · as customers here see them now").arg(shown)
                                    : qsTr("%1 · as %2 customers here see them now").arg(shown).arg(page.store.channel)
                        }
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                ComboBox {
                    id: locationBox
                    objectName: "storeLocation"
                    model: page.locations
                    textRole: "label"
                    valueRole: "locationId"
                    enabled: page.locations.count > 1
                    Layout.fillWidth: true
                    Layout.minimumWidth: 170
                    Layout.preferredWidth: 300
                    Layout.maximumWidth: 300
                    displayText: currentIndex < 0 ? qsTr("Choose a location") : currentText
                    onActivated: page.store.locationId = currentValue
                }
                // Whose prices: shown once prices exist for more than the default channel.
                ComboBox {
                    id: channelBox
                    objectName: "storeChannel"
                    model: page.store.channels
                    visible: page.store.channels.length > 1
                    currentIndex: page.store.channels.indexOf(page.store.channel)
                    displayText: qsTr("Channel: %1").arg(page.store.channel)
                    Layout.fillWidth: true
                    Layout.minimumWidth: 130
                    Layout.preferredWidth: 170
                    Layout.maximumWidth: 170
                    onActivated: page.store.channel = currentText
                }
                TextField {
                    id: search
                    objectName: "storeSearch"
                    // The short hint where the long one would be cut off.
                    placeholderText: width < 280 ? qsTr("Name, SKU or barcode")
                                                 : qsTr("Search name, SKU or barcode  (Ctrl+K)")
                    selectByMouse: true
                    Layout.fillWidth: true
                    Layout.minimumWidth: 150
                    Layout.preferredWidth: 320
                    Layout.maximumWidth: 320
                    onTextChanged: page.store.search = text
                    Keys.onReturnPressed: page.store.reload()
                    Keys.onEnterPressed: page.store.reload()
                    Keys.onEscapePressed: text = ""
                    Keys.onDownPressed: { list.forceActiveFocus(); list.currentIndex = Math.max(0, list.currentIndex) }
                }
            }
        }

        // Connection or query trouble, said plainly; it clears itself when things recover.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: !page.connected || page.store.errorText.length > 0
            color: Theme.badSoft
            Label {
                objectName: "storeError"
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.bad
                text: !page.connected ? page.connectionText
                                      : qsTr("Could not load the store view: %1").arg(page.store.errorText)
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 16
            spacing: 0

            StoreListHeader { columns: page.columns; Layout.fillWidth: true }

            ListView {
                id: list
                objectName: "storeList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.store
                currentIndex: -1
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                reuseItems: true
                cacheBuffer: 800
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                delegate: StoreRowDelegate {
                    width: list.width
                    columns: page.columns
                    onClicked: { list.currentIndex = index; list.forceActiveFocus() }
                }
                // Page in well before the end so scrolling never waits on the database.
                function loadIfNearEnd() {
                    if (contentHeight - (contentY + height) < 1500)
                        page.store.loadMore()
                }
                onContentYChanged: loadIfNearEnd()
                onCountChanged: loadIfNearEnd()
                onHeightChanged: loadIfNearEnd()

                Connections {
                    target: page.store
                    function onSearchChanged() { list.currentIndex = -1 }
                }

                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 48, 480)
                    visible: page.store.loadedOnce && !page.store.loading && page.store.count === 0
                             && page.store.errorText.length === 0
                    title: page.store.locationId.length === 0 ? qsTr("You have no locations")
                         : page.store.search.length > 0 ? qsTr("Nothing matches “%1”").arg(page.store.search)
                         : qsTr("No active items in the catalog")
                    hint: page.store.locationId.length === 0
                          ? qsTr("The store view shows one of your stores or dark stores; ask an admin to give you one.")
                          : qsTr("Check the spelling, search by SKU or scan a barcode.")
                }
                BusyIndicator {
                    anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 12 }
                    running: page.store.loading
                    visible: running
                    width: 32; height: 32
                }
            }
        }
    }
}
