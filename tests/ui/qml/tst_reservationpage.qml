import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1300
    height: 800

    ReservationsPage {
        id: page
        anchors.fill: parent
        controller: reservationController
    }

    TestCase {
        name: "ReservationsPage"
        when: windowShown

        function list() { return findChild(page, "reservationList") }
        function dialog() { return findChild(page, "reserveDialog") }
        function child(name, within) {
            const item = findChild(within || page, name)
            verify(item, "no item named " + name)
            return item
        }
        function shoot(name) {
            if (screenshotDir.length === 0)
                return
            wait(100)   // let the layouts settle on what just arrived
            grabImage(root).save(screenshotDir + "/" + name + ".png")
        }
        function typeInto(name, text, within) {
            const field = child(name, within)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function rowOf(orderId) {
            for (let i = 0; i < list().count; ++i) {
                const item = list().itemAtIndex(i)
                if (item && item.orderId === orderId)
                    return item
            }
            return null
        }
        function showRow(orderId) {
            const model = reservationController.model
            for (let i = 0; i < model.count; ++i) {
                list().positionViewAtIndex(i, ListView.Contain)
                const r = rowOf(orderId)
                if (r)
                    return r
            }
            return null
        }
        // Fills the Reserve form: the item by scanning its barcode or typing its SKU and Enter,
        // the location L1, the order and the quantity.
        function fillReserve(sku, order, quantity) {
            mouseClick(child("reserveButton"))
            const d = dialog()
            tryCompare(d, "opened", true)
            typeInto("itemSearchField", sku, d)
            keyClick(Qt.Key_Return)
            tryVerify(function() { return child("chosenItem", d).visible }, 15000)
            const picker = child("locationPicker", d)
            picker.currentIndex = 0
            picker.activated(0)
            tryVerify(function() { return child("targetInfo", d).text.length > 0 }, 15000)
            typeInto("orderField", order, d)
            typeInto("quantityField", quantity, d)
        }

        function test_1_listCountsDown() {
            tryVerify(function() { return reservationController.model.loadedOnce }, 15000)
            tryVerify(function() { return list().count >= 100 }, 15000)
            verify(/ shown · 3 past their time$/.test(child("reservationSummary").text), child("reservationSummary").text)
            const overdue = list().itemAtIndex(0)
            compare(overdue.orderId, "ORD-A0122")
            compare(child("timeLeftCell", overdue).text, "Expired, awaiting release")
            verify(!child("commitButton", overdue).enabled)
            verify(child("releaseButton", overdue).enabled)
            const row = rowOf("ORD-A0000")
            verify(row)
            const cell = child("timeLeftCell", row)
            verify(/^\d+:\d\d$/.test(cell.text), cell.text)
            // The countdown moves by itself.
            const before = cell.text
            tryVerify(function() { return cell.text !== before }, 3000)
            shoot("reservations")
        }

        function test_2_reserveFromTheDialog() {
            fillReserve("SKU-160", "ORD-UI-1", "2")
            const d = dialog()
            compare(child("targetInfo", d).text, "12 can be reserved at L1 (12 on hand, 0 reserved).")
            verify(child("holdHint", d).text.indexOf("default of 15 minutes") > 0)
            shoot("reservation-dialog")
            mouseClick(child("reserveSubmitButton", d))
            tryCompare(d, "opened", false, 15000)
            tryVerify(function() { return child("reservationNotice").text.indexOf("Reserved 2 pc of SKU-160 for order ORD-UI-1 at L1") === 0 }, 15000)
            const row = showRow("ORD-UI-1")
            verify(row)
            verify(row.selected)
            compare(child("statusChip", row).text, "Active")
            compare(child("quantityCell", row).text, "2 pc")
            shoot("reservation-reserved")
        }

        function test_3_refusalKeepsTheForm() {
            fillReserve("SKU-161", "ORD-UI-2", "99")
            const d = dialog()
            mouseClick(child("reserveSubmitButton", d))
            const refusal = child("reserveRefusal", d)
            tryVerify(function() { return refusal.visible }, 15000)
            compare(child("refusalHeadline", refusal).text, "Not enough stock")
            compare(child("refusalMessage", refusal).text,
                    "Only 12 of SKU-161 can be reserved at L1 (12 on hand, 0 reserved); 99 requested.")
            compare(child("refusalHint", refusal).text, "Reserve less, or receive stock first.")
            // Still open, with everything as typed; the quantity is marked.
            verify(d.opened)
            compare(child("orderField", d).text, "ORD-UI-2")
            compare(child("quantityField", d).text, "99")
            verify(child("chosenItem", d).visible)
            verify(child("quantityFieldError", d).visible)
            shoot("reservation-refused")
            // A quantity that fits goes through from the same form.
            typeInto("quantityField", "3", d)
            verify(!child("quantityFieldError", d).visible)
            mouseClick(child("reserveSubmitButton", d))
            tryCompare(d, "opened", false, 15000)
            verify(showRow("ORD-UI-2"))
        }

        function test_4_releaseChangesTheRowInPlace() {
            const row = showRow("ORD-UI-1")
            verify(row)
            const count = list().count
            mouseClick(child("releaseButton", row))
            tryVerify(function() { const r = showRow("ORD-UI-1"); return r && r.status === "released" }, 15000)
            const released = showRow("ORD-UI-1")
            compare(child("statusChip", released).text, "Released")
            verify(!child("releaseButton", released).visible)
            compare(list().count, count)   // in place, not removed
            verify(child("reservationNotice").text.indexOf("Order ORD-UI-1 released") === 0)
        }

        function test_5_commitAfterConfirming() {
            const row = showRow("ORD-UI-2")
            verify(row)
            mouseClick(child("commitButton", row))
            const confirm = child("commitDialog")
            tryCompare(confirm, "opened", true)
            verify(child("commitQuestion", confirm).text.indexOf("3 pc of Item 161 500 g (SKU-161) held at L1 will be sold") === 0)
            shoot("reservation-commit")
            mouseClick(findChild(confirm, "confirmCommitButton"))
            tryVerify(function() { const r = showRow("ORD-UI-2"); return r && r.status === "committed" }, 15000)
            compare(child("statusChip", showRow("ORD-UI-2")).text, "Committed")
        }

        function test_6_reconciliationPanel() {
            mouseClick(child("reconciliationButton"))
            const panel = child("reconciliationPanel")
            verify(panel.visible)
            tryVerify(function() { return child("verdict", panel).visible }, 15000)
            compare(child("verdict", panel).text,
                    "✓ Every position's reserved quantity equals the sum of its active reservations.")
            compare(child("mismatchCount", panel).text, "0")
            compare(child("overdueCount", panel).text, "3")
            compare(child("positionsChecked", panel).text, "300")
            shoot("reservation-reconciliation")
        }

        function test_6b_reconciliationListsAMismatch() {
            const panel = child("reconciliationPanel")
            superuser.skewReserved("SKU-005", 1)
            mouseClick(child("checkAgainButton", panel))
            tryCompare(child("mismatchCount", panel), "text", "1", 15000)
            const mismatches = child("mismatchList", panel)
            tryCompare(mismatches, "count", 1)
            verify(child("verdict", panel).text.indexOf("1 position's reserved quantity differs") === 0)
            shoot("reservation-mismatch")
            // Choosing it shows that item's reservations there.
            mouseClick(mismatches.itemAtIndex(0))
            compare(child("reservationSearch").text, "SKU-005")
            tryVerify(function() { return !reservationController.model.loading && list().count === 1 }, 15000)
            compare(list().itemAtIndex(0).orderId, "ORD-A0005")
            superuser.skewReserved("SKU-005", -1)
            mouseClick(child("checkAgainButton", panel))
            tryCompare(child("mismatchCount", panel), "text", "0", 15000)
            child("reservationSearch").text = ""
            const filter = child("locationFilter")
            filter.currentIndex = 0
            filter.activated(0)
        }

        function test_7_tabsShowOneStatus() {
            mouseClick(child("tab_committed"))
            tryVerify(function() { return reservationController.model.view === "committed" && !reservationController.model.loading && list().count === 41 }, 15000)
            // Most recently closed first: the one just committed.
            compare(list().itemAtIndex(0).orderId, "ORD-UI-2")
            compare(child("timeLeftCell", list().itemAtIndex(0)).text.length > 0, true)
            verify(!child("commitButton", list().itemAtIndex(0)).visible)
            shoot("reservation-committed")
            mouseClick(child("tab_active"))
            tryVerify(function() { return reservationController.model.view === "active" && !reservationController.model.loading }, 15000)
        }
    }
}
