import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The Stock screen: every stock position in the person's scope, filtered by location, category,
// search (a scanned barcode jumps to its item) and state, with totals over the filter; the
// selected position's details and actions on the right; the count sheet over the whole page.
Rectangle {
    id: page
    required property StockController controller
    required property LocationModel locations
    required property CategoryModel categories
    property bool connected: true
    property string connectionText: ""

    readonly property StockPositionModel positions: controller.positions
    readonly property var totals: positions.totals
    readonly property int panelWidth: width >= 1500 ? 440 : 380
    // Column widths for the list and its header. On a narrower window the less-used columns
    // give way (rack/bin, reorder point, reserved, in transit, in that order) so the name keeps
    // room; the detail panel shows them all for the selected line.
    readonly property var columns: {
        const room = width - panelWidth - 32 - 2 * Theme.cellInset - Theme.scrollBarRoom
        const c = { sku: 108, location: 108, onHand: 70, reserved: 70, available: 74, inTransit: 74,
                    reorder: 66, bin: 74, status: 96 }
        const used = () => Object.keys(c).reduce((sum, k) => sum + (c[k] > 0 ? c[k] + 10 : 0), 0)
        for (const k of ["bin", "reorder", "reserved", "inTransit"]) {
            if (room - used() >= 200)
                break
            c[k] = 0
        }
        return c
    }
    color: Theme.window

    // The locations filter: everything in scope, then each location.
    property var locationChoices: [{ locationId: "", label: qsTr("All locations"), active: true }]
    Instantiator {
        id: locationRows
        model: page.locations
        delegate: QtObject {
            required property string locationId
            required property string label
            required property bool active
        }
        onObjectAdded: page.refreshLocationChoices()
        onObjectRemoved: page.refreshLocationChoices()
    }
    function refreshLocationChoices() {
        const list = [{ locationId: "", label: qsTr("All locations"), active: true }]
        for (let i = 0; i < locationRows.count; ++i) {
            const o = locationRows.objectAt(i)
            if (o)
                list.push({ locationId: o.locationId, label: o.label, active: o.active })
        }
        locationChoices = list
    }

    function selectRow(row) {
        list.currentIndex = row
        page.controller.select(row)
    }
    // Shows one position, selected, with nothing else filtered in or out: a notification or an
    // Activity line leads here.
    function focusPosition(variantId, locationId, sku) {
        page.positions.lowOnly = false
        page.positions.outOnly = false
        page.positions.expiringOnly = false
        categoryBox.currentIndex = 0
        page.positions.categoryId = ""
        let at = 0
        for (let i = 0; i < page.locationChoices.length; ++i) {
            if (page.locationChoices[i].locationId === locationId)
                at = i
        }
        locationBox.currentIndex = at
        page.positions.locationId = page.locationChoices[at].locationId
        search.text = sku
        page.positions.reload() // at once, not after the typing pause
        page.controller.focusPosition(variantId, locationId)
    }

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+K"]
        onActivated: search.forceActiveFocus()
    }

    Connections {
        target: page.positions
        // A scanned barcode: show its item and select it, ready for the next action.
        function onBarcodeMatchChanged() {
            if (page.positions.barcodeMatch.length > 0 && page.positions.count > 0)
                page.selectRow(0)
        }
    }
    Connections {
        target: page.controller
        function onSelectionChanged() { list.currentIndex = page.controller.selectedRow }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title, totals and the filters.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: header.implicitHeight + 24
            color: Theme.surface
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            ColumnLayout {
                id: header
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 20; rightMargin: 20 }
                spacing: 10
                RowLayout {
                    spacing: 14
                    Layout.fillWidth: true
                    Label { text: qsTr("Stock"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                    Item { Layout.fillWidth: true }
                    TextField {
                        id: search
                        objectName: "stockSearch"
                        placeholderText: qsTr("Name, SKU or scan a barcode  (Ctrl+K)")
                        selectByMouse: true
                        Layout.preferredWidth: 300
                        onTextChanged: page.positions.search = text
                        // Scanners end with Enter: look it up at once instead of after the pause.
                        Keys.onReturnPressed: page.positions.reload()
                        Keys.onEnterPressed: page.positions.reload()
                        Keys.onEscapePressed: text = ""
                        Keys.onDownPressed: { list.forceActiveFocus(); page.selectRow(Math.max(0, list.currentIndex)) }
                    }
                    ComboBox {
                        id: locationBox
                        objectName: "locationFilter"
                        model: page.locationChoices
                        textRole: "label"
                        valueRole: "locationId"
                        Layout.preferredWidth: 240
                        onActivated: page.positions.locationId = currentValue
                    }
                    ComboBox {
                        id: categoryBox
                        objectName: "categoryFilter"
                        model: page.categories
                        textRole: "label"
                        valueRole: "categoryId"
                        Layout.preferredWidth: 200
                        displayText: currentIndex <= 0 ? qsTr("All categories") : currentText.trim()
                        onActivated: page.positions.categoryId = currentValue
                    }
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Label { text: qsTr("Show only"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                    Button {
                        objectName: "lowFilter"
                        checkable: true
                        checked: page.positions.lowOnly
                        text: page.positions.totalsLoading || page.totals.note.length > 0 ? qsTr("Low stock")
                              : qsTr("Low stock (%1)").arg(page.totals.low)
                        onToggled: page.positions.lowOnly = checked
                    }
                    Button {
                        objectName: "outFilter"
                        checkable: true
                        checked: page.positions.outOnly
                        text: page.positions.totalsLoading || page.totals.note.length > 0 ? qsTr("Out of stock")
                              : qsTr("Out of stock (%1)").arg(page.totals.out)
                        onToggled: page.positions.outOnly = checked
                    }
                    Button {
                        objectName: "expiringFilter"
                        checkable: true
                        checked: page.positions.expiringOnly
                        text: qsTr("Expiring batches")
                        onToggled: page.positions.expiringOnly = checked
                    }
                    Label {
                        visible: page.positions.barcodeMatch.length > 0
                        objectName: "barcodeMatch"
                        text: qsTr("Barcode %1: %2").arg(search.text.trim()).arg(page.positions.barcodeMatch)
                        color: Theme.accent
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.maximumWidth: 420
                    }
                    Label {
                        objectName: "stockSummary"
                        text: {
                            if (!page.positions.loadedOnce)
                                return qsTr("Loading…")
                            if (page.totals.note.length > 0)
                                return page.totals.note
                            if (page.positions.totalsLoading)
                                return qsTr("Adding up…")
                            return (page.totals.positions === 1 ? qsTr("1 position") : qsTr("%1 positions").arg(page.totals.positionsText))
                                   + qsTr(" · on hand %1 · reserved %2 · available %3").arg(page.totals.onHand).arg(page.totals.reserved).arg(page.totals.available)
                        }
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "countButton"
                        text: qsTr("Count sheet…")
                        enabled: page.positions.loadedOnce && page.positions.count > 0
                        onClicked: {
                            page.controller.startCount()
                            countSheet.open()
                        }
                    }
                }
            }
        }

        // Connection or query trouble, said plainly; it clears itself when things recover.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: !page.connected || page.positions.errorText.length > 0
            color: Theme.badSoft
            Label {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.bad
                text: !page.connected ? page.connectionText
                                      : qsTr("Could not load stock: %1").arg(page.positions.errorText)
            }
        }
        // What the last command did.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: page.controller.notice.length > 0
            color: Theme.goodSoft
            Label {
                objectName: "stockNotice"
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

                StockListHeader { columns: page.columns; Layout.fillWidth: true }

                ListView {
                    id: list
                    objectName: "stockList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.positions
                    currentIndex: -1
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    cacheBuffer: 800
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                    delegate: StockRowDelegate {
                        width: list.width
                        columns: page.columns
                        selected: ListView.isCurrentItem
                        onClicked: { page.selectRow(index); list.forceActiveFocus() }
                    }
                    // Arrow keys move the selection too.
                    onCurrentIndexChanged: {
                        if (currentIndex !== page.controller.selectedRow)
                            page.controller.select(currentIndex)
                    }
                    // Page in well before the end so scrolling never waits on the database.
                    function loadIfNearEnd() {
                        if (contentHeight - (contentY + height) < 1500)
                            page.positions.loadMore()
                    }
                    onContentYChanged: loadIfNearEnd()
                    onCountChanged: loadIfNearEnd()
                    onHeightChanged: loadIfNearEnd()

                    EmptyState {
                        anchors.centerIn: parent
                        visible: page.positions.loadedOnce && !page.positions.loading && page.positions.count === 0
                        title: page.positions.search.length > 0 ? qsTr("No stock matches “%1”").arg(page.positions.search)
                                                                 : qsTr("No stock positions here")
                        hint: qsTr("Check the spelling, scan the barcode again, or clear the filters above.")
                    }
                    BusyIndicator {
                        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 12 }
                        running: page.positions.loading
                        visible: running
                        width: 32; height: 32
                    }
                }
            }

            Item {
                Layout.fillHeight: true
                Layout.preferredWidth: page.panelWidth

                StockDetailPanel {
                    id: detail
                    objectName: "stockDetail"
                    anchors.fill: parent
                    visible: page.controller.selectedRow >= 0
                    controller: page.controller
                    onAdjustRequested: adjustDialog.openFor()
                    onTransferRequested: transferDialog.openFor()
                    onReceiveBatchRequested: batchDialog.openFor()
                    onWriteOffRequested: (batchId, batchNumber, onHand) => writeOffDialog.openFor(batchId, batchNumber, onHand)
                }
                Rectangle {
                    anchors.fill: parent
                    visible: !detail.visible
                    color: Theme.surface
                    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        title: qsTr("Choose a position")
                        hint: qsTr("Select a line to act on it and see its batches and ledger, or scan a barcode.")
                    }
                }
            }
        }
    }

    StockAdjustDialog { id: adjustDialog; objectName: "adjustDialog"; controller: page.controller }
    StockTransferDialog {
        id: transferDialog
        objectName: "transferDialog"
        controller: page.controller
        choices: page.locationChoices
    }
    StockBatchDialog { id: batchDialog; objectName: "batchDialog"; controller: page.controller }
    StockWriteOffDialog { id: writeOffDialog; objectName: "writeOffDialog"; controller: page.controller }
    StockCountSheet {
        id: countSheet
        objectName: "countSheet"
        controller: page.controller
        // Over the whole window: a sheet needs every column it can get.
        parent: Overlay.overlay
        width: parent ? parent.width - 60 : page.width
        height: parent ? parent.height - 40 : page.height
    }
}
