import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Column titles above the reservations list; widths come from the page so rows line up.
Rectangle {
    id: root
    required property var columns
    // "active", "expired", "committed", "released" or "all": which time the last column shows.
    required property string view
    readonly property bool withActions: view === "active" || view === "all"
    height: 34
    color: Theme.surfaceAlt
    border.color: Theme.border

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
        spacing: 10
        ColumnTitle { text: qsTr("Order"); Layout.preferredWidth: root.columns.order }
        ColumnTitle { text: qsTr("Item"); Layout.fillWidth: true }
        ColumnTitle { text: qsTr("Location"); visible: root.columns.location > 0; Layout.preferredWidth: root.columns.location }
        ColumnTitle { text: qsTr("Qty"); Layout.preferredWidth: root.columns.quantity; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Status"); Layout.preferredWidth: root.columns.status }
        ColumnTitle {
            text: root.view === "active" ? qsTr("Time left")
                  : root.view === "all" ? qsTr("Time left / closed") : qsTr("Closed")
            Layout.preferredWidth: root.columns.when
        }
        ColumnTitle { text: qsTr("Created"); Layout.preferredWidth: root.columns.created }
        Item { visible: root.withActions; Layout.preferredWidth: root.columns.actions }
    }
}
