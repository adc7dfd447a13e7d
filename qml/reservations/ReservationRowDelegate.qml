import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One reservation in the list: the order, the item, where, how much, its status, the time left
// on an active one (counting down) or when it closed, who made it, and — while it is active —
// Release and Commit. A refused command says why underneath, until dismissed.
ItemDelegate {
    id: root
    required property int index
    required property string reservationId
    required property string orderId
    required property string sku
    required property string name
    required property string locationCode
    required property string locationName
    required property string quantity
    required property string status
    required property string statusTitle
    required property string timeLeft
    required property string timeState
    required property string expiresAt
    required property string createdBy
    required property string createdAt
    required property string closedAt
    required property bool canRelease
    required property bool canCommit
    required property bool busy
    required property string busyAction
    required property var refusal
    required property double flashUntil // someone else changed it: highlighted until then
    required property var columns
    required property string view
    property bool selected: false
    readonly property bool active: status === "active"
    readonly property bool withActions: view === "active" || view === "all"
    signal releaseRequested()
    signal commitRequested()
    signal refusalDismissed()

    height: implicitHeight
    implicitHeight: 52 + (refusalBox.shown ? refusalBox.implicitHeight + 8 : 0)
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    LiveFlash { id: flash; until: root.flashUntil }

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        Rectangle {
            objectName: "liveFlash"
            anchors.fill: parent
            color: Theme.flash
            opacity: flash.level
        }
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    component Cell: Label {
        font.pixelSize: Theme.fontBody
        color: root.active ? Theme.text : Theme.textMuted
        elide: Text.ElideRight
        Layout.alignment: Qt.AlignVCenter
    }
    component SmallLine: Label {
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        elide: Text.ElideRight
    }

    contentItem: ColumnLayout {
        spacing: 0
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            Cell {
                objectName: "orderCell"
                text: root.orderId
                font.family: Theme.monoFamily
                font.pixelSize: 12
                Layout.preferredWidth: root.columns.order
                Layout.fillWidth: false
            }
            // Name over SKU.
            ColumnLayout {
                spacing: 1
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                Cell { text: root.name; font.weight: Font.Medium; Layout.fillWidth: true }
                SmallLine { text: root.sku; font.family: Theme.monoFamily; Layout.fillWidth: true }
            }
            ColumnLayout {
                spacing: 1
                visible: root.columns.location > 0
                Layout.preferredWidth: root.columns.location
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignVCenter
                Cell { text: root.locationCode; font.pixelSize: 12; Layout.fillWidth: true }
                SmallLine { text: root.locationName; Layout.fillWidth: true }
            }
            Cell {
                objectName: "quantityCell"
                text: root.quantity
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: root.columns.quantity
                Layout.fillWidth: false
            }
            Item {
                Layout.preferredWidth: root.columns.status
                Layout.fillWidth: false
                Layout.fillHeight: true
                Label {
                    objectName: "statusChip"
                    anchors.verticalCenter: parent.verticalCenter
                    text: root.statusTitle
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    topPadding: 3; bottomPadding: 3; leftPadding: 8; rightPadding: 8
                    color: root.status === "active" ? Theme.accent
                           : root.status === "committed" ? Theme.good
                           : root.status === "expired" ? Theme.warn : Theme.textMuted
                    background: Rectangle {
                        radius: 9
                        color: root.status === "active" ? Theme.accentSoft
                               : root.status === "committed" ? Theme.goodSoft
                               : root.status === "expired" ? "#fef3c7" : Theme.border
                    }
                }
            }
            // Time left (active) or when it closed.
            ColumnLayout {
                spacing: 1
                Layout.preferredWidth: root.columns.when
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignVCenter
                Label {
                    objectName: "timeLeftCell"
                    text: root.active ? root.timeLeft : root.closedAt
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: root.timeState === "overdue" ? Theme.fontSmall : Theme.fontBody
                    font.family: root.active && root.timeState !== "overdue" ? Theme.monoFamily : font.family
                    font.weight: root.timeState === "overdue" || root.timeState === "soon" ? Font.DemiBold : Font.Normal
                    color: root.timeState === "overdue" ? Theme.bad
                           : root.timeState === "soon" ? Theme.warn
                           : root.active ? Theme.text : Theme.textMuted
                }
                SmallLine {
                    visible: root.active ? root.timeState !== "overdue" && root.expiresAt.length > 0
                                         : root.withActions
                    // In the Active and All lists a closed row needs saying what its time is.
                    text: root.active ? qsTr("until %1").arg(root.expiresAt) : qsTr("closed")
                    Layout.fillWidth: true
                }
            }
            ColumnLayout {
                spacing: 1
                Layout.preferredWidth: root.columns.created
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignVCenter
                Cell { text: root.createdAt; font.pixelSize: 12; Layout.fillWidth: true }
                SmallLine { text: qsTr("by %1").arg(root.createdBy); Layout.fillWidth: true }
            }
            RowLayout {
                visible: root.withActions
                spacing: 6
                Layout.preferredWidth: root.columns.actions
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignVCenter
                Button {
                    objectName: "releaseButton"
                    visible: root.active && !root.busy
                    text: qsTr("Release")
                    enabled: root.canRelease
                    flat: true
                    onClicked: root.releaseRequested()
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Give the stock back: it becomes available again.")
                }
                Button {
                    objectName: "commitButton"
                    visible: root.active && !root.busy
                    text: qsTr("Commit…")
                    enabled: root.canCommit
                    onClicked: root.commitRequested()
                    ToolTip.visible: hovered
                    ToolTip.delay: 300
                    ToolTip.text: root.canCommit ? qsTr("Turn the hold into a sale: the stock leaves on-hand.")
                                                 : qsTr("Its time is up, so it can no longer be committed: release it, or reserve again.")
                }
                BusyIndicator {
                    visible: root.busy
                    running: root.busy
                    Layout.preferredWidth: 24
                    Layout.preferredHeight: 24
                }
                Label {
                    objectName: "busyLabel"
                    visible: root.busy
                    text: root.busyAction === "commit" ? qsTr("Committing…") : qsTr("Releasing…")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Item { Layout.fillWidth: true }
            }
        }
        ReservationRefusal {
            id: refusalBox
            objectName: "rowRefusal"
            refusal: root.refusal
            dismissable: true
            onDismissed: root.refusalDismissed()
            Layout.fillWidth: true
            Layout.bottomMargin: 8
        }
    }
}
