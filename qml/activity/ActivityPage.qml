import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The Activity screen: what is happening to stock and reservations in the person's scope, as
// it happens, newest first — starting from the recent history and going on live. Filters by
// kind, location, item (SKU or words) and who did it. A line about a stock position opens it
// on the Stock screen.
Rectangle {
    id: page
    required property LiveController live
    required property LocationModel locations
    property bool connected: true
    property string connectionText: ""
    signal openPosition(string variantId, string locationId, string sku)

    readonly property ActivityFilterModel feed: live.feed
    readonly property ActivityModel activity: live.activity
    readonly property bool filtered: feed.kind.length > 0 || feed.locationId.length > 0
                                     || feed.search.length > 0 || feed.actor.length > 0
    color: Theme.window

    property var locationChoices: [{ locationId: "", label: qsTr("All my locations") }]
    Instantiator {
        id: locationRows
        model: page.locations
        delegate: QtObject {
            required property string locationId
            required property string label
        }
        onObjectAdded: page.refreshLocationChoices()
        onObjectRemoved: page.refreshLocationChoices()
    }
    function refreshLocationChoices() {
        const list = [{ locationId: "", label: qsTr("All my locations") }]
        for (let i = 0; i < locationRows.count; ++i) {
            const o = locationRows.objectAt(i)
            if (o)
                list.push({ locationId: o.locationId, label: o.label })
        }
        locationChoices = list
    }
    // Only the alerts (a burst's notification leads here).
    function showAlerts() {
        page.feed.clearFilters()
        page.feed.kind = "alert"
    }
    function clearFilters() {
        page.feed.clearFilters()
    }
    // The filters outlive this page (they belong to the session's feed): the controls show
    // them whenever the page is built, the filters change, or a choice list changes.
    function syncControls() {
        if (search.text !== page.feed.search)
            search.text = page.feed.search
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(page.feed.kind))
        locationBox.currentIndex = Math.max(0, locationBox.indexOfValue(page.feed.locationId))
        actorBox.currentIndex = Math.max(0, actorBox.indexOfValue(page.feed.actor))
    }
    Component.onCompleted: syncControls()
    Connections {
        target: page.feed
        function onFilterChanged() { page.syncControls() }
    }

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+K"]
        onActivated: search.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title and filters.
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
                    Label { text: qsTr("Activity"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                    Label {
                        objectName: "activitySummary"
                        text: {
                            if (page.activity.loading && page.activity.count === 0)
                                return qsTr("Loading recent activity…")
                            if (page.filtered)
                                return qsTr("%1 of the last %2 shown").arg(page.feed.count).arg(page.activity.count)
                            return page.activity.count === 1 ? qsTr("The last event in your scope")
                                                             : qsTr("The last %1 events in your scope").arg(page.activity.count)
                        }
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Item { Layout.fillWidth: true }
                TextField {
                    id: search
                    objectName: "activitySearch"
                    placeholderText: qsTr("SKU or words  (Ctrl+K)")
                    selectByMouse: true
                    Layout.preferredWidth: 220
                    onTextChanged: page.feed.search = text
                    Keys.onEscapePressed: text = ""
                }
                ComboBox {
                    id: kindBox
                    objectName: "kindFilter"
                    model: page.feed.kinds
                    textRole: "title"
                    valueRole: "key"
                    Layout.preferredWidth: 200
                    onActivated: page.feed.kind = currentValue
                }
                ComboBox {
                    id: locationBox
                    objectName: "locationFilter"
                    model: page.locationChoices
                    textRole: "label"
                    valueRole: "locationId"
                    Layout.preferredWidth: 230
                    onActivated: page.feed.locationId = currentValue
                    onModelChanged: Qt.callLater(page.syncControls)
                }
                ComboBox {
                    id: actorBox
                    objectName: "actorFilter"
                    model: page.activity.actorChoices
                    textRole: "label"
                    valueRole: "login"
                    displayText: currentIndex <= 0 ? qsTr("By anyone") : qsTr("By %1").arg(currentText)
                    Layout.preferredWidth: 170
                    onActivated: page.feed.actor = currentValue
                    onModelChanged: Qt.callLater(page.syncControls)
                }
            }
        }

        // Live updates not coming in: say so, and that the feed resumes by itself.
        Rectangle {
            objectName: "streamBanner"
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: page.live.state !== "live"
            color: page.live.state === "offline" ? Theme.badSoft : Theme.warnSoft
            RowLayout {
                anchors { fill: parent; leftMargin: 20; rightMargin: 8 }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    color: page.live.state === "offline" ? Theme.bad : Theme.warn
                    text: page.live.statusText
                }
                Button {
                    visible: page.live.state === "reconnecting"
                    text: qsTr("Try now")
                    onClicked: page.live.reconnectNow()
                }
            }
        }

        ListView {
            id: list
            objectName: "activityList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 16
            clip: true
            model: page.feed
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: ActivityRowDelegate {
                id: row
                width: list.width
                onClicked: {
                    if (row.leadsSomewhere)
                        page.openPosition(row.variantId, row.locationId, row.sku)
                }
            }
            add: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 250 }
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, 460)
                visible: list.count === 0 && !(page.activity.loading && page.activity.count === 0)
                title: page.filtered ? qsTr("Nothing here matches these filters") : qsTr("No activity yet")
                hint: page.filtered ? qsTr("Clear a filter, or wait: new events show here as they happen.")
                                    : qsTr("Stock movements, reservations, transfers and alerts in your scope show here the moment they happen.")
            }
            Button {
                anchors { horizontalCenter: parent.horizontalCenter; top: parent.verticalCenter; topMargin: 48 }
                visible: list.count === 0 && page.filtered
                text: qsTr("Clear filters")
                onClicked: page.clearFilters()
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: page.activity.loading && page.activity.count === 0
                visible: running
            }
        }
    }
}
