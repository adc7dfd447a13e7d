import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The selected item's price where the list is: what it costs now and why, what changes when,
// and every price row of the item with who set it; with the actions the person may take.
Rectangle {
    id: root
    required property PriceController controller
    readonly property var s: controller.selected
    signal setRequested()
    signal scheduleRequested()
    signal endRequested(string priceId, string description)
    signal cancelRequested(string priceId, string description)

    color: Theme.surface
    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }

    ScrollView {
        id: scroller
        anchors { fill: parent; leftMargin: 1 }
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 18
                spacing: 4
                Label {
                    objectName: "priceDetailName"
                    text: root.s.name || ""
                    font.pixelSize: 17
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: (root.s.sku || "") + "  ·  " + (root.s.category || "").replace(/\//g, " › ")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 18
                    Layout.topMargin: 10
                    ColumnLayout {
                        spacing: 0
                        Label { text: qsTr("Price at %1").arg(root.controller.placeText); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label {
                            objectName: "priceDetailPrice"
                            text: root.s.priced ? root.s.price : qsTr("No price")
                            font.pixelSize: 22
                            font.weight: Font.DemiBold
                            color: root.s.priced ? Theme.text : Theme.warn
                        }
                    }
                    ColumnLayout {
                        spacing: 0
                        Label { text: qsTr("MRP"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label { text: root.s.mrp || "–"; font.pixelSize: 15; color: Theme.textMuted; Layout.topMargin: 5 }
                    }
                    ColumnLayout {
                        spacing: 0
                        Label { text: qsTr("GST"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label { text: root.s.tax || "–"; font.pixelSize: 15; color: Theme.textMuted; Layout.topMargin: 5 }
                    }
                }
                Label {
                    objectName: "priceDetailWhy"
                    visible: root.s.priced === true
                    text: qsTr("Why: %1").arg(root.s.why || "")
                    color: Theme.accent
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: root.s.priced === false
                    text: qsTr("Nothing is priced for %1 on this channel: no price of its own, and none for every location.").arg(root.controller.placeText)
                    color: Theme.warn
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: root.controller.canEdit
                    spacing: 8
                    Layout.topMargin: 8
                    PrimaryButton {
                        objectName: "scheduleButton"
                        text: qsTr("Change price…")
                        onClicked: root.scheduleRequested()
                    }
                    Button {
                        objectName: "setPriceButton"
                        text: qsTr("Set for a period…")
                        onClicked: root.setRequested()
                    }
                }
                Label {
                    visible: !root.controller.canEdit
                    text: qsTr("Only an admin sets prices for every location; choose one of your locations to change its prices.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 18
                Layout.rightMargin: 18
                spacing: 4

                SectionHeader { text: qsTr("What it costs when") }
                Repeater {
                    objectName: "outlookList"
                    model: root.controller.outlook
                    delegate: RowLayout {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        spacing: 8
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label { text: modelData.when; color: index === 0 ? Theme.text : Theme.warn; font.weight: Font.DemiBold }
                            Label {
                                text: modelData.priced ? modelData.why + (modelData.mrp !== "–" ? qsTr(" · MRP %1").arg(modelData.mrp) : "")
                                                       : qsTr("nothing priced from then")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: modelData.price
                            font.weight: Font.DemiBold
                            color: modelData.priced ? Theme.text : Theme.warn
                            Layout.alignment: Qt.AlignTop
                        }
                    }
                }

                SectionHeader { text: qsTr("Price history"); Layout.topMargin: 8 }
                Label {
                    visible: root.controller.history.length === 0 && !root.controller.detailLoading
                    text: qsTr("This item has never been priced.")
                    color: Theme.textMuted
                }
                Repeater {
                    objectName: "historyList"
                    model: root.controller.history
                    delegate: Rectangle {
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: entry.implicitHeight + 16
                        radius: Theme.radius
                        color: modelData.inEffect ? Theme.selection : (modelData.state === "past" ? Theme.surfaceAlt : Theme.surface)
                        border.color: modelData.inEffect ? Theme.accent : Theme.border
                        ColumnLayout {
                            id: entry
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                            spacing: 2
                            RowLayout {
                                spacing: 6
                                Layout.fillWidth: true
                                Label {
                                    text: modelData.place + " · " + modelData.channel
                                    color: Theme.text
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: modelData.inEffect ? qsTr("In effect") : modelData.stateText
                                    font.pixelSize: 10
                                    font.weight: Font.DemiBold
                                    color: modelData.inEffect ? Theme.accent : (modelData.state === "scheduled" ? Theme.warn : Theme.textMuted)
                                    padding: 2
                                    leftPadding: 5
                                    rightPadding: 5
                                    background: Rectangle {
                                        radius: 3
                                        color: modelData.inEffect ? Theme.accentSoft : (modelData.state === "scheduled" ? Theme.warnSoft : Theme.border)
                                    }
                                }
                                Label { text: modelData.price; font.weight: Font.DemiBold; color: Theme.text }
                            }
                            Label {
                                text: modelData.period
                                color: Theme.text
                                font.pixelSize: Theme.fontSmall
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                text: modelData.mrp + " · " + modelData.tax + " · " + modelData.who
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                            }
                            RowLayout {
                                visible: modelData.canEnd || modelData.canCancel
                                spacing: 6
                                Button {
                                    visible: modelData.canEnd
                                    objectName: "endPrice_" + modelData.priceId
                                    text: qsTr("End…")
                                    flat: true
                                    onClicked: root.endRequested(modelData.priceId, modelData.place + " · " + modelData.channel + " · " + modelData.price + " · " + modelData.period)
                                }
                                Button {
                                    visible: modelData.canCancel
                                    objectName: "cancelPrice_" + modelData.priceId
                                    text: qsTr("Cancel…")
                                    flat: true
                                    onClicked: root.cancelRequested(modelData.priceId, modelData.place + " · " + modelData.channel + " · " + modelData.price + " · " + modelData.period)
                                }
                            }
                        }
                    }
                }
                Label {
                    visible: root.controller.detailError.length > 0
                    text: root.controller.detailError
                    color: Theme.bad
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Item { Layout.preferredHeight: 18 }
            }
        }
    }
}
