import QtQuick
import QtQuick.Controls
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1600
    height: 900

    PricesPage {
        id: page
        anchors.fill: parent
        controller: priceController
        categories: categoryModel
    }

    TestCase {
        name: "PricesPage"
        when: windowShown

        function list() { return child("pricesList") }
        function child(name, within) {
            let item = findChild(within || page, name)
            // A popup's parts are not among its children: look in each.
            if (!item && within && within.contentItem)
                item = findChild(within.contentItem, name) || findChild(within.footer, name)
                       || findChild(within.header, name)
            verify(item, "no item named " + name)
            return item
        }
        function shoot(name) {
            if (screenshotDir.length > 0)
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
        function search(text) {
            typeInto("pricesSearch", text)
            tryVerify(() => !priceController.list.loading && priceController.list.search === text, 15000)
            wait(200) // the typing pause
            tryVerify(() => !priceController.list.loading, 15000)
        }
        function selectFirst(name) {
            tryVerify(() => list().count > 0, 15000)
            mouseClick(list().itemAtIndex(0))
            tryCompare(child("priceDetailName"), "text", name, 15000)
            tryCompare(priceController, "detailLoading", false, 15000)
        }
        function waitIdle() { tryCompare(priceController, "busy", false, 15000) }

        function initTestCase() {
            tryVerify(() => priceController.list.loadedOnce, 20000)
            tryCompare(priceController, "placeText", "L1", 15000)
        }

        function test_1_listShowsThePriceAndWhy() {
            tryVerify(() => list().count >= 100, 15000)
            compare(child("pricesSummary").text, "100+ items at L1, default channel")
            const first = list().itemAtIndex(0)
            compare(first.sku, "SKU-000")
            compare(first.price, "₹90.00")
            compare(first.mrp, "₹110.00")
            compare(first.tax, "5%")
            compare(first.priceWhy, "every location's default price")
            compare(first.priceScheduled, false)
            shoot("prices")
        }

        function test_2_setPriceFormRefusesAPriceAboveTheMrp() {
            search("SKU-001")
            selectFirst("Item 001 500 g")
            compare(child("priceDetailWhy").text, "Why: every location's default price")
            mouseClick(child("setPriceButton"))
            const dialog = child("priceEditDialog")
            tryCompare(dialog, "opened", true)
            compare(child("priceFormMrp", dialog).text, "110.00")
            compare(child("priceFormPrice", dialog).text, "91.00")
            typeInto("priceFormPrice", "150", dialog)
            // Red as soon as it is typed, with the reason.
            const error = child("priceFormPriceError", dialog)
            verify(error.visible)
            verify(error.text.indexOf("Above the MRP ₹110.00") >= 0, error.text)
            shoot("prices-set-above-mrp")
            // Sent anyway: nothing leaves, the form stays.
            mouseClick(child("priceEditDialogSubmit", dialog))
            wait(300)
            verify(dialog.opened)
            compare(meanwhile.rows(1), 1)
            // A period of its own at L1, then one overlapping it: the database names the range.
            typeInto("priceFormPrice", "85", dialog)
            verify(!child("priceFormPriceError", dialog).visible)
            typeInto("priceFormFrom", "2026-12-20 00:00", dialog)
            typeInto("priceFormTo", "2026-12-27 00:00", dialog)
            mouseClick(child("priceEditDialogSubmit", dialog))
            tryCompare(dialog, "opened", false, 15000)
            compare(meanwhile.rows(1), 2)
            compare(child("pricesNotice").text, "SKU-001 is ₹85.00 at L1 from 20 Dec 2026, 00:00.")
            tryVerify(() => priceController.history.length === 2, 15000)
            mouseClick(child("setPriceButton"))
            tryCompare(dialog, "opened", true)
            typeInto("priceFormPrice", "80", dialog)
            typeInto("priceFormFrom", "2026-12-25 00:00", dialog)
            mouseClick(child("priceEditDialogSubmit", dialog))
            waitIdle()
            verify(dialog.opened)
            const refusal = child("refusalText", dialog)
            tryVerify(() => refusal.text.indexOf("₹85.00 at L1 for 20 Dec 2026 00:00 – 27 Dec 2026 00:00") >= 0, 5000, refusal.text)
            verify(child("refusal", dialog).visible)
            shoot("prices-set-refused")
            dialog.close()
            compare(meanwhile.rows(1), 2)
            shoot("prices-detail")
        }

        function test_3_aScheduledChangeIsMarkedAndCanBeCancelled() {
            search("SKU-002")
            selectFirst("Item 002 500 g")
            mouseClick(child("scheduleButton"))
            const dialog = child("priceEditDialog")
            tryCompare(dialog, "opened", true)
            typeInto("priceFormPrice", "89.50", dialog)
            typeInto("priceFormFrom", "2027-01-15 09:00", dialog)
            mouseClick(child("priceEditDialogSubmit", dialog))
            tryCompare(dialog, "opened", false, 15000)
            tryCompare(list().itemAtIndex(0), "priceScheduled", true, 15000)
            tryVerify(() => priceController.outlook.length === 2, 15000)
            compare(priceController.outlook[1].when, "From 15 Jan 2027, 09:00")
            compare(priceController.outlook[1].price, "₹89.50")
            compare(priceController.outlook[1].why, "L1's own price")
            let scheduled = ""
            for (const h of priceController.history) {
                if (h.state === "scheduled")
                    scheduled = h.priceId
            }
            verify(scheduled.length > 0)
            mouseClick(child("cancelPrice_" + scheduled))
            const cancel = child("priceCancelDialog")
            tryCompare(cancel, "opened", true)
            mouseClick(child("priceCancelDialogSubmit", cancel))
            tryCompare(cancel, "opened", false, 15000)
            tryCompare(list().itemAtIndex(0), "priceScheduled", false, 15000)
            tryVerify(() => priceController.outlook.length === 1, 15000)
            compare(meanwhile.rows(2), 1)
        }

        function openBulk() {
            search("")
            mouseClick(child("bulkButton"))
            const dialog = child("bulkDialog")
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function test_4_bulkPreviewShowsEveryRowWithItsMrpProblem() {
            const dialog = openBulk()
            typeInto("bulkSearch", "Item 00", dialog)
            typeInto("bulkValue", "15", dialog)
            mouseClick(child("bulkPreview", dialog))
            tryCompare(priceController.bulk, "state", "previewed", 15000)
            const rows = child("bulkRows", dialog)
            compare(rows.count, 10)
            compare(child("bulkTotals", dialog).text, "6 prices change · 4 left as they are: 4 would exceed their MRP")
            const model = priceController.bulk.rows
            const nine = model.indexOfSku("SKU-009")
            rows.positionViewAtIndex(nine, ListView.Center)
            wait(50)
            const row = rows.itemAtIndex(nine)
            verify(!row.changes)
            compare(row.current, "₹99.00")
            compare(row.next, "₹113.85")
            compare(findChild(row, "bulkProblem").text, "Not changed: would exceed MRP ₹110.00 (₹113.85)")
            const zero = rows.itemAtIndex(model.indexOfSku("SKU-000"))
            verify(zero.changes)
            compare(zero.next, "₹103.50")
            compare(zero.difference, "+₹13.50")
            compare(child("bulkApply", dialog).text, "Apply 6 changes")
            rows.positionViewAtBeginning()
            shoot("prices-bulk-preview")
            // Nothing is written by a preview.
            compare(meanwhile.price(0), "90.00")
        }

        function test_5_applyChangesEveryPriceAtOnce() {
            const dialog = child("bulkDialog")
            verify(dialog.opened)
            mouseClick(child("bulkApply", dialog))
            tryCompare(priceController.bulk, "state", "applied", 15000)
            compare(child("bulkResult", dialog).text, "6 prices changed; 4 left as they were.")
            compare(meanwhile.price(0), "103.50")
            compare(meanwhile.price(5), "109.25")
            compare(meanwhile.price(9), "99.00")
            mouseClick(child("bulkClose", dialog))
            tryCompare(dialog, "opened", false)
            tryVerify(() => list().count > 0 && list().itemAtIndex(0).price === "₹103.50", 15000)
            compare(list().itemAtIndex(0).priceWhy, "L1's own price")
        }

        function test_6_aStalePreviewIsRefusedAndCanBeRead() {
            const dialog = openBulk()
            typeInto("bulkSearch", "Item 00", dialog)
            typeInto("bulkValue", "2", dialog)
            mouseClick(child("bulkAmount", dialog))
            mouseClick(child("bulkDown", dialog))
            mouseClick(child("bulkPreview", dialog))
            tryCompare(priceController.bulk, "state", "previewed", 15000)
            compare(child("bulkTotals", dialog).text, "10 prices change")
            // Someone prices item 007 at L1 meanwhile.
            meanwhile.setPrice(7, "80")
            mouseClick(child("bulkApply", dialog))
            tryCompare(priceController.bulk, "stale", true, 15000)
            verify(child("bulkRefusalText", dialog).text.indexOf("no longer those previewed") >= 0)
            verify(child("bulkRefresh", dialog).visible)
            verify(!child("bulkApply", dialog).enabled)
            compare(meanwhile.price(0), "103.50")
            shoot("prices-bulk-stale")
            mouseClick(child("bulkRefresh", dialog))
            tryCompare(priceController.bulk, "state", "previewed", 15000)
            verify(!priceController.bulk.stale)
            const rows = child("bulkRows", dialog)
            const seven = priceController.bulk.rows.indexOfSku("SKU-007")
            rows.positionViewAtIndex(seven, ListView.Center)
            wait(50)
            compare(rows.itemAtIndex(seven).current, "₹80.00")
            compare(rows.itemAtIndex(seven).next, "₹78.00")
            mouseClick(child("bulkApply", dialog))
            tryCompare(priceController.bulk, "state", "applied", 15000)
            compare(meanwhile.price(0), "101.50")
            compare(meanwhile.price(7), "78.00")
            mouseClick(child("bulkClose", dialog))
        }

        function test_7_aPriceChangedElsewhereShowsLive() {
            search("SKU-004")
            selectFirst("Item 004 500 g")
            compare(list().itemAtIndex(0).price, "₹106.10")
            // Another desktop changes it; the stream's event reaches the page.
            meanwhile.setPrice(4, "99")
            compare(list().itemAtIndex(0).price, "₹106.10")
            meanwhile.announce(4)
            tryCompare(list().itemAtIndex(0), "price", "₹99.00", 15000)
            tryCompare(child("priceDetailPrice"), "text", "₹99.00", 15000)
            tryVerify(() => priceController.history.some(h => h.inEffect && h.price === "₹99.00"), 15000)
        }
    }
}
