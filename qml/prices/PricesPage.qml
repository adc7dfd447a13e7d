import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The Prices screen: every item with its price at one location (or every location's price, for
// an admin) on one channel, the tax, why that price applies and whether a change is due; the
// selected item's prices over time on the right; single changes there and bulk changes from the
// header.
Rectangle {
    id: page
    required property PriceController controller
    required property CategoryModel categories
    property bool connected: true
    property string connectionText: ""

    readonly property CatalogModel list: controller.list
    readonly property int panelWidth: width >= 1500 ? 460 : (width >= 1100 ? 380 : 320)
    // The list's columns; on a narrow list the name keeps at least 180 px: the MRP gives way
    // first (the detail shows it), then the GST, then some of the SKU's room.
    readonly property var columns: {
        const c = { sku: 120, mrp: 92, price: 96, tax: 44 }
        const room = listView.width - 2 * Theme.cellInset - Theme.scrollBarRoom
        const left = () => room - Object.keys(c).reduce((sum, k) => sum + (c[k] > 0 ? c[k] + 12 : 0), 0)
        if (left() < 180)
            c.mrp = 0
        if (left() < 180)
            c.tax = 0
        if (left() < 180)
            c.sku = 96
        return c
    }
    color: Theme.window

    function selectRow(row) {
        listView.currentIndex = row
        page.controller.select(row)
    }

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+K"]
        onActivated: search.forceActiveFocus()
    }
    Connections {
        target: page.controller
        function onSelectionChanged() { listView.currentIndex = page.controller.selectedRow }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            RowLayout {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                spacing: 12
                ColumnLayout {
                    spacing: 0
                    Layout.maximumWidth: 250
                    Label { text: qsTr("Prices"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                    Label {
                        objectName: "pricesSummary"
                        text: !page.list.loadedOnce ? qsTr("Loading…")
                              : qsTr("%1 at %2, %3 channel").arg(page.list.hasMore ? qsTr("%1+ items").arg(page.list.count)
                                                                                   : (page.list.count === 1 ? qsTr("1 item") : qsTr("%1 items").arg(page.list.count)))
                                                             .arg(page.controller.placeText)
                                                             .arg(page.controller.channel.length > 0 ? page.controller.channel : "default")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Item { Layout.fillWidth: true; Layout.minimumWidth: 0 }
                TextField {
                    id: search
                    objectName: "pricesSearch"
                    // The short hint where the long one would be cut off.
                    placeholderText: width < 230 ? qsTr("Name, SKU or barcode") : qsTr("Name, SKU or barcode  (Ctrl+K)")
                    selectByMouse: true
                    Layout.fillWidth: true
                    Layout.minimumWidth: 130
                    Layout.maximumWidth: 280
                    onTextChanged: page.list.search = text
                    Keys.onEscapePressed: text = ""
                    Keys.onDownPressed: { listView.forceActiveFocus(); page.selectRow(Math.max(0, listView.currentIndex)) }
                }
                ComboBox {
                    id: categoryBox
                    objectName: "pricesCategory"
                    model: page.categories
                    textRole: "label"
                    valueRole: "categoryId"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 110
                    Layout.preferredWidth: 170
                    Layout.maximumWidth: 170
                    displayText: currentIndex <= 0 ? qsTr("All categories") : currentText.trim()
                    onActivated: page.list.categoryId = currentValue
                }
                ComboBox {
                    id: locationBox
                    objectName: "pricesLocation"
                    model: page.controller.locationChoices
                    textRole: "label"
                    valueRole: "locationId"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 140
                    Layout.preferredWidth: 210
                    Layout.maximumWidth: 210
                    currentIndex: {
                        const choices = page.controller.locationChoices
                        for (let i = 0; i < choices.length; ++i) {
                            if (choices[i].locationId === page.controller.locationId)
                                return i
                        }
                        return -1
                    }
                    onActivated: page.controller.locationId = currentValue
                }
                ComboBox {
                    id: channelBox
                    objectName: "pricesChannel"
                    model: page.controller.channels
                    editable: true
                    Layout.preferredWidth: 110
                    onActivated: page.controller.channel = currentText
                    onAccepted: page.controller.channel = editText.trim().toLowerCase()
                }
                Button {
                    objectName: "bulkButton"
                    text: qsTr("Bulk change…")
                    enabled: page.controller.locationChoices.length > 0
                    onClicked: bulkDialog.openFresh()
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: !page.connected || page.list.errorText.length > 0
            color: Theme.badSoft
            Label {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.bad
                text: !page.connected ? page.connectionText
                                      : qsTr("Could not load prices: %1").arg(page.list.errorText)
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: page.controller.notice.length > 0
            color: Theme.goodSoft
            Label {
                objectName: "pricesNotice"
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.good
                text: page.controller.notice
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 16
                spacing: 0

                PriceListHeader { columns: page.columns; Layout.fillWidth: true }

                ListView {
                    id: listView
                    objectName: "pricesList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.list
                    currentIndex: -1
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    cacheBuffer: 800
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                    delegate: PriceRowDelegate {
                        width: listView.width
                        columns: page.columns
                        selected: ListView.isCurrentItem
                        onClicked: { page.selectRow(index); listView.forceActiveFocus() }
                    }
                    onCurrentIndexChanged: {
                        if (currentIndex !== page.controller.selectedRow)
                            page.controller.select(currentIndex)
                    }
                    function loadIfNearEnd() {
                        if (contentHeight - (contentY + height) < 1500)
                            page.list.loadMore()
                    }
                    onContentYChanged: loadIfNearEnd()
                    onCountChanged: loadIfNearEnd()
                    onHeightChanged: loadIfNearEnd()

                    EmptyState {
                        anchors.centerIn: parent
                        visible: page.list.loadedOnce && !page.list.loading && page.list.count === 0
                        title: page.list.search.length > 0 ? qsTr("Nothing matches “%1”").arg(page.list.search)
                                                            : qsTr("No items in this category")
                        hint: qsTr("Check the spelling, search by SKU, or choose All categories.")
                    }
                    BusyIndicator {
                        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 12 }
                        running: page.list.loading
                        visible: running
                        width: 32; height: 32
                    }
                }
            }

            Item {
                Layout.fillHeight: true
                Layout.preferredWidth: page.panelWidth

                PriceDetailPanel {
                    id: detail
                    objectName: "priceDetail"
                    anchors.fill: parent
                    visible: page.controller.selectedRow >= 0
                    controller: page.controller
                    onScheduleRequested: editDialog.openAs("schedule")
                    onSetRequested: editDialog.openAs("set")
                    onEndRequested: (priceId, text) => endDialog.openFor(priceId, text)
                    onCancelRequested: (priceId, text) => cancelDialog.openFor(priceId, text)
                }
                Rectangle {
                    anchors.fill: parent
                    visible: !detail.visible
                    color: Theme.surface
                    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        title: qsTr("Choose an item")
                        hint: qsTr("Select a line to see its price over time, why it applies, and to change it.")
                    }
                }
            }
        }
    }

    PriceEditDialog { id: editDialog; objectName: "priceEditDialog"; priceController: page.controller }
    PriceEndDialog { id: endDialog; objectName: "priceEndDialog"; priceController: page.controller }
    PriceCancelDialog { id: cancelDialog; objectName: "priceCancelDialog"; priceController: page.controller }
    BulkPriceDialog {
        id: bulkDialog
        objectName: "bulkDialog"
        controller: page.controller
        categories: page.categories
        parent: Overlay.overlay
        x: 30
        y: 20
        width: parent ? parent.width - 60 : page.width
        height: parent ? parent.height - 40 : page.height
    }
}
