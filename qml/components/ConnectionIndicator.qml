import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// A dot and a few words each: is the database reachable right now, and are changes made
// elsewhere coming in live (streamState "live", "connecting", "reconnecting" or "offline"; an
// empty one hides that line). The details are in the tooltips.
ColumnLayout {
    id: root
    property bool connected: false
    property string detail: ""
    property string streamState: ""
    property string streamDetail: ""
    // Clicked while live updates wait to reconnect: try at once.
    signal reconnectRequested()
    spacing: 4

    RowLayout {
        spacing: 6
        Rectangle {
            width: 9; height: 9; radius: 4.5
            color: root.connected ? Theme.good : Theme.bad
            Layout.alignment: Qt.AlignVCenter
        }
        Label {
            text: root.connected ? qsTr("Connected") : qsTr("Offline")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        ToolTip.visible: databaseHover.hovered && root.detail.length > 0
        ToolTip.text: root.detail
        HoverHandler { id: databaseHover }
    }

    RowLayout {
        objectName: "streamIndicator"
        visible: root.streamState.length > 0
        spacing: 6
        readonly property bool waiting: root.streamState === "connecting" || root.streamState === "reconnecting"
        Rectangle {
            id: streamDot
            width: 9; height: 9; radius: 4.5
            color: root.streamState === "live" ? Theme.good
                 : parent.waiting ? Theme.warnDot : Theme.textMuted
            Layout.alignment: Qt.AlignVCenter
            // A slow pulse while it tries again, so "paused" does not read as "broken".
            SequentialAnimation on opacity {
                running: streamDot.parent.waiting
                loops: Animation.Infinite
                alwaysRunToEnd: true
                NumberAnimation { from: 1; to: 0.3; duration: 700 }
                NumberAnimation { from: 0.3; to: 1; duration: 700 }
            }
        }
        Label {
            objectName: "streamStateLabel"
            text: root.streamState === "live" ? qsTr("Live updates")
                : root.streamState === "connecting" ? qsTr("Starting live updates…")
                : root.streamState === "reconnecting" ? qsTr("Live updates paused")
                : qsTr("Live updates off")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        ToolTip.visible: streamHover.hovered && root.streamDetail.length > 0
        ToolTip.text: root.streamState === "reconnecting" ? root.streamDetail + "\n" + qsTr("Click to try now.")
                                                          : root.streamDetail
        ToolTip.delay: 300
        HoverHandler { id: streamHover }
        TapHandler {
            enabled: root.streamState === "reconnecting"
            onTapped: root.reconnectRequested()
        }
    }
}
