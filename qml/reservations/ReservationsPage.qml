import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The Reservations screen: stock held for orders, by status (tabs), location and search, with
// a live countdown on active ones; Reserve, Release and Commit; and the reconciliation panel.
Rectangle {
    id: page
    required property ReservationController controller
    property bool connected: true
    property string connectionText: ""
    property bool showReconciliation: false
    readonly property ReservationModel reservations: controller.model
    readonly property var viewKeys: ["active", "expired", "committed", "released", "all"]
    // The location column only when rows can differ in it: more than one location, none chosen.
    readonly property bool showLocation: controller.locationOptions.length > 1 && reservations.locationId.length === 0
    readonly property var columns: ({ order: 128, location: showLocation ? 112 : 0, quantity: 64, status: 86, when: 128, created: 112, actions: 156 })
    readonly property var locationFilterOptions: [{ locationId: "", label: qsTr("All my locations") }].concat(controller.locationOptions)

    color: Theme.window

    function openReserve() {
        reserveDialog.openFresh(page.reservations.locationId)
    }
    function filterTo(sku, locationId) {
        search.text = sku
        page.setLocationFilter(locationId)
        tabs.currentIndex = page.viewKeys.indexOf("active")
    }
    function setLocationFilter(locationId) {
        for (let i = 0; i < page.locationFilterOptions.length; ++i) {
            if (page.locationFilterOptions[i].locationId === locationId) {
                locationFilter.currentIndex = i
                break
            }
        }
        page.reservations.locationId = locationId
    }
    function locationLabel(id) {
        for (let i = 0; i < page.locationFilterOptions.length; ++i) {
            if (page.locationFilterOptions[i].locationId === id)
                return page.locationFilterOptions[i].label
        }
        return ""
    }

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+K"]
        onActivated: search.forceActiveFocus()
    }
    Shortcut {
        sequences: [StandardKey.New]
        onActivated: page.openReserve()
    }
    Shortcut {
        sequences: [StandardKey.Refresh]
        onActivated: page.reload()
    }
    // Reservations made elsewhere (the order system, another window) arrive by themselves while
    // live updates are on; a reload reads the whole list again.
    function reload() {
        page.reservations.reload()
        if (page.showReconciliation)
            page.controller.reconciliation.refresh()
    }

    Connections {
        target: page.controller
        function onSelectedIdChanged() {
            const row = page.reservations.indexOfId(page.controller.selectedId)
            if (row >= 0)
                list.positionViewAtIndex(row, ListView.Contain)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title bar with the filters and the actions.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface
            RowLayout {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                spacing: 12
                ColumnLayout {
                    spacing: 0
                    Label { text: qsTr("Reservations"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                    Label {
                        objectName: "reservationSummary"
                        text: {
                            const m = page.reservations
                            if (!m.loadedOnce)
                                return qsTr("Loading…")
                            let text = m.hasMore ? qsTr("%1+ shown").arg(m.count)
                                                 : (m.count === 1 ? qsTr("1 shown") : qsTr("%1 shown").arg(m.count))
                            if (m.overdueLoaded > 0)
                                text += qsTr(" · %1 past their time").arg(m.overdueLoaded)
                            return text
                        }
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                ToolButton {
                    objectName: "reloadButton"
                    text: "⟳"
                    font.pixelSize: 17
                    enabled: !page.reservations.loading
                    onClicked: page.reload()
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: qsTr("Load the list again (F5). Reservations made elsewhere also show by themselves while live updates are on.")
                    Layout.alignment: Qt.AlignVCenter
                }
                Item { Layout.fillWidth: true }
                TextField {
                    id: search
                    objectName: "reservationSearch"
                    placeholderText: qsTr("Order, SKU, name or barcode  (Ctrl+K)")
                    selectByMouse: true
                    Layout.preferredWidth: 280
                    onTextChanged: page.reservations.search = text
                    Keys.onEscapePressed: text = ""
                }
                ComboBox {
                    id: locationFilter
                    objectName: "locationFilter"
                    visible: page.controller.locationOptions.length > 1 // one place: nothing to choose
                    model: page.locationFilterOptions
                    textRole: "label"
                    valueRole: "locationId"
                    Layout.preferredWidth: 250
                    onActivated: page.reservations.locationId = currentValue
                }
                Button {
                    objectName: "reconciliationButton"
                    text: qsTr("Reconciliation")
                    checkable: true
                    checked: page.showReconciliation
                    onToggled: {
                        page.showReconciliation = checked
                        if (checked)
                            page.controller.reconciliation.refresh()
                    }
                }
                PrimaryButton {
                    objectName: "reserveButton"
                    text: qsTr("Reserve…")
                    enabled: page.controller.locationOptions.length > 0
                    onClicked: page.openReserve()
                }
            }
        }

        // Status tabs.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: tabs.implicitHeight + 1
            color: Theme.surface
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            TabBar {
                id: tabs
                objectName: "statusTabs"
                anchors { left: parent.left; leftMargin: 16; top: parent.top }
                background: null
                onCurrentIndexChanged: page.reservations.view = page.viewKeys[currentIndex]
                Repeater {
                    model: [qsTr("Active"), qsTr("Expired"), qsTr("Committed"), qsTr("Released"), qsTr("All")]
                    TabButton {
                        id: tab
                        required property string modelData
                        required property int index
                        objectName: "tab_" + page.viewKeys[index]
                        text: modelData
                        width: implicitWidth
                        leftPadding: 14
                        rightPadding: 14
                        topPadding: 10
                        bottomPadding: 10
                        contentItem: Label {
                            text: tab.text
                            font.pixelSize: Theme.fontBody
                            font.weight: tab.checked ? Font.DemiBold : Font.Normal
                            color: tab.checked ? Theme.accent : (tab.hovered ? Theme.text : Theme.textMuted)
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Item {
                            Rectangle {
                                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                                height: 2
                                color: tab.checked ? Theme.accent : "transparent"
                            }
                        }
                    }
                }
            }
        }

        // Connection or query trouble, said plainly; it clears itself when things recover.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: !page.connected || page.reservations.errorText.length > 0
            color: Theme.badSoft
            Label {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.bad
                text: !page.connected ? page.connectionText
                                      : qsTr("Could not load the reservations: %1").arg(page.reservations.errorText)
            }
        }
        // What the last command did.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: page.controller.notice.length > 0
            color: Theme.goodSoft
            RowLayout {
                anchors { fill: parent; leftMargin: 20; rightMargin: 8 }
                Label {
                    objectName: "reservationNotice"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    color: Theme.good
                    text: page.controller.notice
                }
                ToolButton { text: "×"; onClicked: page.controller.clearNotice() }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 16
            spacing: 12

            ReservationReconciliationPanel {
                objectName: "reconciliationPanel"
                visible: page.showReconciliation
                controller: page.controller.reconciliation
                scopeText: page.reservations.locationId.length > 0
                           ? qsTr("at %1").arg(page.locationLabel(page.reservations.locationId))
                           : qsTr("all my locations")
                onMismatchChosen: (sku, locationId) => page.filterTo(sku, locationId)
                Layout.fillWidth: true
            }

            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Layout.fillHeight: true

                ReservationListHeader { columns: page.columns; view: page.reservations.view; Layout.fillWidth: true }

                ListView {
                    id: list
                    objectName: "reservationList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.reservations
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    cacheBuffer: 600
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                    delegate: ReservationRowDelegate {
                        id: row
                        width: list.width
                        columns: page.columns
                        view: page.reservations.view
                        selected: row.reservationId === page.controller.selectedId
                        onClicked: page.controller.selectedId = row.reservationId
                        onReleaseRequested: page.controller.release(row.reservationId)
                        onCommitRequested: {
                            commitDialog.reservationId = row.reservationId
                            commitDialog.orderId = row.orderId
                            commitDialog.quantity = row.quantity
                            commitDialog.sku = row.sku
                            commitDialog.name = row.name
                            commitDialog.locationCode = row.locationCode
                            page.controller.selectedId = row.reservationId
                            commitDialog.open()
                        }
                        onRefusalDismissed: page.controller.dismissRowError(row.reservationId)
                    }
                    // Page in well before the end so scrolling never waits on the database.
                    function loadIfNearEnd() {
                        if (contentHeight - (contentY + height) < 1200)
                            page.reservations.loadMore()
                    }
                    onContentYChanged: loadIfNearEnd()
                    onCountChanged: loadIfNearEnd()
                    onHeightChanged: loadIfNearEnd()

                    EmptyState {
                        anchors.centerIn: parent
                        visible: page.reservations.loadedOnce && !page.reservations.loading && page.reservations.count === 0
                        title: page.reservations.search.length > 0
                               ? qsTr("Nothing matches “%1”").arg(page.reservations.search)
                               : page.reservations.view === "active" ? qsTr("No active reservations")
                               : page.reservations.view === "all" ? qsTr("No reservations")
                               : qsTr("No %1 reservations").arg(tabs.currentItem ? tabs.currentItem.text.toLowerCase() : "")
                        hint: page.reservations.search.length > 0
                              ? qsTr("Search by order number, SKU, item name or a whole barcode, or look at another tab or location.")
                              : qsTr("Reserve stock for an order with Reserve…, or look at another tab or location.")
                    }
                    BusyIndicator {
                        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 12 }
                        running: page.reservations.loading
                        visible: running
                        width: 32; height: 32
                    }
                }
            }
        }
    }

    ReservationDialog {
        id: reserveDialog
        objectName: "reserveDialog"
        controller: page.controller
    }
    ReservationCommitDialog {
        id: commitDialog
        objectName: "commitDialog"
        onConfirmed: id => page.controller.commit(id)
    }
}
