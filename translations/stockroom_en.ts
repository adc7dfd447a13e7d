<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/activitytext.cpp" line="54"/>
        <source>on hand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="56"/>
        <source>reserved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="58"/>
        <source>available %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="74"/>
        <source>another location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="95"/>
        <source>Received %1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="97"/>
        <source>Customer return: %1 of %2 back at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="99"/>
        <source>Damage written off: %1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="101"/>
        <source>Expired stock written off: %1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="103"/>
        <source>Count corrected %1 at %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="106"/>
        <source>Sold %1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="109"/>
        <source>Sent %1 of %2 from %3 on a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="112"/>
        <source>Transfer received: %1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="114"/>
        <source>Adjusted %1 at %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="123"/>
        <source>nothing left to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="125"/>
        <source>the item is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="127"/>
        <source>the location is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="136"/>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="139"/>
        <source>New category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="141"/>
        <source>Category renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="143"/>
        <source>Category moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="145"/>
        <source>Category now at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="146"/>
        <source>%1, with the category above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="148"/>
        <source>Category order changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="151"/>
        <source>place %1 at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="152"/>
        <source>place %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="155"/>
        <source>Category deactivated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="156"/>
        <source>No longer offered in the category lists; its items stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="159"/>
        <source>Category reactivated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="161"/>
        <source>Category changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="25"/>
        <location filename="../qml/activity/ActivityPage.qml" line="37"/>
        <source>All my locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="88"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="93"/>
        <source>Loading recent activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="95"/>
        <source>%1 of the last %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="96"/>
        <source>The last event in your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="97"/>
        <source>The last %1 events in your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="107"/>
        <source>SKU or words  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="138"/>
        <source>By anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="138"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="163"/>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="196"/>
        <source>Nothing here matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="196"/>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="197"/>
        <source>Clear a filter, or wait: new events show here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="198"/>
        <source>Stock movements, reservations, transfers and alerts in your scope show here the moment they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="203"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRowDelegate</name>
    <message>
        <location filename="../qml/activity/ActivityRowDelegate.qml" line="94"/>
        <source>Open this item on the Stock screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityWording</name>
    <message>
        <location filename="../ui/activitytext.cpp" line="176"/>
        <source>an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="186"/>
        <source>Reserved %1 of %2 at %3 for order %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="193"/>
        <source>Reservation for order %1 ran out: %2 of %3 back on sale at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="195"/>
        <source>Released %1 of %2 at %3 (order %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="201"/>
        <source>Order %1 sold: %2 of %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="208"/>
        <source>%1 can be ordered again at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="209"/>
        <source>%1 can no longer be ordered at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="210"/>
        <source>%1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="216"/>
        <source>Low stock: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="217"/>
        <source>%1 left to sell · reorder point %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="223"/>
        <source>Out of stock: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="224"/>
        <source>Nothing left to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="230"/>
        <source>Transfer on its way: %1 of %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="233"/>
        <source>In transit to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="238"/>
        <source>Stock levels set for %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="239"/>
        <source>reorder point %1 · max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="242"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="247"/>
        <source>Expired: %1 of %2 at %3 can no longer be sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="249"/>
        <source>%1 left to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="253"/>
        <source>Expires %1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="255"/>
        <source>Batch %1 · %2 in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="263"/>
        <source>New in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="264"/>
        <source>Catalog: %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="265"/>
        <source>version %1 · archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="266"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="271"/>
        <source>Deleted from the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="274"/>
        <source>Catalog: product %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="280"/>
        <source>every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="287"/>
        <source>%1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="289"/>
        <source>MRP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="291"/>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="293"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="295"/>
        <source>Price of %1 at %2 ran out (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="297"/>
        <source>Price of %1 at %2 took effect: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="298"/>
        <source>Price of %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="312"/>
        <source>%1 of %2 no longer names %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="315"/>
        <source>%1 of %2 now names %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="317"/>
        <source>instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="323"/>
        <source>Review of %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="327"/>
        <source>Source system %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="333"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="350"/>
        <source>All activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="351"/>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="352"/>
        <source>Reservations and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="353"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="354"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="355"/>
        <source>Orderability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="356"/>
        <source>Catalog changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/access/apierror.cpp" line="66"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="69"/>
        <source>Your account cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="71"/>
        <source>Outside your stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="73"/>
        <source>Not allowed for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="75"/>
        <source>Check what was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="77"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="79"/>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="81"/>
        <source>Duplicate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="83"/>
        <source>Not enough stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="85"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="87"/>
        <source>Unknown item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="89"/>
        <source>Check the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="91"/>
        <source>Reservation no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="93"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="95"/>
        <source>Price above MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="97"/>
        <source>Overlaps another price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="99"/>
        <source>Still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="101"/>
        <source>Already mapped elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="105"/>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="18"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="37"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="50"/>
        <source>Store view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="63"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="77"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="89"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="103"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="115"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPriceDialog</name>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="65"/>
        <source>Change prices in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="89"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="90"/>
        <source>Name or SKU contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="91"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="92"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="93"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="101"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="104"/>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="105"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="122"/>
        <source>Change by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="123"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="124"/>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="130"/>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="124"/>
        <source>Amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="125"/>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="126"/>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="131"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="136"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="137"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="142"/>
        <source>e.g. 5 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="142"/>
        <source>e.g. 2 or 2.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="154"/>
        <source>To the paisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="155"/>
        <source>To the nearest rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="156"/>
        <source>Down to .x9 (₹47.23 → ₹47.19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="164"/>
        <source>now, or 2026-12-01 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="197"/>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="220"/>
        <source>Refresh the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="215"/>
        <source>Prices of items in this preview changed since it was made; applying it would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="267"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="268"/>
        <source>Name · why this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="269"/>
        <source>MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="270"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="271"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="272"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="273"/>
        <source>Problem or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="292"/>
        <source>Reading every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="292"/>
        <source>Preview before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="293"/>
        <source>Choose which items and by how much, then Preview: every row is listed with its new price, or why it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="310"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="310"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="317"/>
        <source>Edit the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="324"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="331"/>
        <source>Apply 1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/BulkPriceDialog.qml" line="331"/>
        <source>Apply %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPriceRow</name>
    <message>
        <location filename="../qml/prices/BulkPriceRow.qml" line="62"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <location filename="../ui/catalogcommandrunner.cpp" line="39"/>
        <source>The connection to the database was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogcommandrunner.cpp" line="41"/>
        <source>The database could not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogcommandrunner.cpp" line="47"/>
        <source>Send it again once connected; it is applied only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogHeader</name>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="17"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="19"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="20"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="21"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="22"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="23"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImportWizard</name>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="40"/>
        <source>Import the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="48"/>
        <source>%1 · %2 · from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="49"/>
        <source>no source named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="50"/>
        <source>A CSV file of items, barcodes and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="59"/>
        <source>1  File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="60"/>
        <source>2  Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="61"/>
        <source>3  Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="62"/>
        <source>4  Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="119"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="125"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="132"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="139"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="139"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="145"/>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="162"/>
        <source>Save the error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogImportWizard.qml" line="165"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="65"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="69"/>
        <source>%1+ items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="70"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="70"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="71"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="80"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="93"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="100"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="108"/>
        <source>Name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="109"/>
        <source>Search name, SKU or barcode  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="143"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="181"/>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="186"/>
        <source>Add, rename, move and deactivate categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="187"/>
        <source>The category tree with its item counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="204"/>
        <source>Could not load the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="259"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="260"/>
        <source>No items in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="261"/>
        <source>Check the spelling, search by SKU or scan a barcode, or choose All categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="346"/>
        <source>Export the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="349"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRowDelegate</name>
    <message>
        <location filename="../qml/catalog/CatalogRowDelegate.qml" line="65"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogRowDelegate.qml" line="97"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogUnitBox</name>
    <message>
        <location filename="../qml/catalog/CatalogUnitBox.qml" line="31"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreePanel</name>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="72"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="80"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="81"/>
        <source>1 category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="81"/>
        <source>%1 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="82"/>
        <source> · %1 deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="90"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="97"/>
        <source>Select a category to rename it, move it or change its place among its neighbours. A new category goes last under its parent. Items keep their category through every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="98"/>
        <source>The catalog&apos;s categories with the number of items in each. Admins and store managers change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="116"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="121"/>
        <source>A new category at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="129"/>
        <source>New subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="134"/>
        <source>A new category inside “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="135"/>
        <source>Select the category it goes in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="140"/>
        <source>Show deactivated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="147"/>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="152"/>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="172"/>
        <source>Deactivated categories are dimmed. The category filter and the item editor no longer offer them, and nothing new goes in them; their items stay where they are, with their category. Reactivate one to offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="209"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="210"/>
        <source>Items in it and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="276"/>
        <source>No categories yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="277"/>
        <source>Add the first with New category; items are then put in categories in the item editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="278"/>
        <source>Admins and store managers add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="294"/>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="296"/>
        <source>It goes last in the place you choose, with the %1 categories and %2 inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="298"/>
        <source>It goes last in the place you choose, with the category and %1 inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="299"/>
        <source>It goes last in the place you choose, with the %1 in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="300"/>
        <source>Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="315"/>
        <source>Find a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="350"/>
        <source>where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="368"/>
        <source>Choose where it goes. Categories inside it are not offered: a category cannot go inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="385"/>
        <source>Deactivate “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="386"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="391"/>
        <source>“%1” and the %2 categories inside it will no longer be offered in the category filter or the item editor, and nothing new can go in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="393"/>
        <source>“%1” and the category inside it will no longer be offered in the category filter or the item editor, and nothing new can go in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="394"/>
        <source>“%1” will no longer be offered in the category filter or the item editor, and nothing new can go in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="397"/>
        <source>The items in it (%1) stay where they are and keep their category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="398"/>
        <source>There are no items in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreePanel.qml" line="399"/>
        <source>You can reactivate it at any time from this tree, with Show deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreeRow</name>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="76"/>
        <source>Hide the categories inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="76"/>
        <source>Show the categories inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="104"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="114"/>
        <source>Name of the new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="114"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="128"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="128"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="135"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="160"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="167"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="179"/>
        <source>Move up among its neighbours (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="189"/>
        <source>Move down among its neighbours (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="194"/>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="194"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="205"/>
        <source>Enter to save · Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CategoryTreeRow.qml" line="216"/>
        <source>It is inside a deactivated category: reactivate that one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <location filename="../qml/components/CommandDialog.qml" line="17"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommandDialog.qml" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommandDialog.qml" line="81"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandFailure</name>
    <message>
        <location filename="../ui/commandfailure.cpp" line="17"/>
        <source>The connection to the database was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandfailure.cpp" line="19"/>
        <source>The database could not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandfailure.cpp" line="23"/>
        <source>Send it again once connected; it is applied only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="27"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="27"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="58"/>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="59"/>
        <source>Starting live updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="60"/>
        <source>Live updates paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="61"/>
        <source>Live updates off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="66"/>
        <source>Click to try now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityMenu</name>
    <message>
        <location filename="../qml/shell/IdentityMenu.qml" line="90"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/IdentityMenu.qml" line="97"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/IdentityMenu.qml" line="111"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportColumnsStep</name>
    <message>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="16"/>
        <source>Check what each column of the file fills. Columns set to “Do not import” are left out; a catalog column the file does not have keeps the items&apos; values. Required: SKU, Category path, and Product name or Variant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="44"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="45"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="46"/>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="73"/>
        <source>(no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="80"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="93"/>
        <location filename="../qml/catalog/ImportColumnsStep.qml" line="99"/>
        <source>%1  (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFileStep</name>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="16"/>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="18"/>
        <source>The system the file comes from. Its external ids are remembered against it, so the same id names the same item next time. A new name is added as a source when the rows are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="38"/>
        <source>Pick one, or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="39"/>
        <source>Type its name, such as Head-office ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="44"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="46"/>
        <source>A CSV file (UTF-8, comma-separated) whose first line names the columns. The canonical columns are external_id, sku, product_name, variant_name, category_path (Dairy/Butter), barcodes (separated by ;), pack_size, uom, mrp, base_price and tax_rate; a file with other headings is matched on the next step. An empty cell leaves the item&apos;s value as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="57"/>
        <source>/home/me/catalog.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="64"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="70"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="78"/>
        <source>Choose the catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="80"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportFileStep.qml" line="80"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssueRow</name>
    <message>
        <location filename="../qml/catalog/ImportIssueRow.qml" line="28"/>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressStep</name>
    <message>
        <location filename="../qml/catalog/ImportProgressStep.qml" line="34"/>
        <source>Nothing is changed until the whole file is in: Cancel leaves the catalog as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportProgressStep.qml" line="35"/>
        <source>A check changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportStep</name>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="33"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="33"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="38"/>
        <source>To update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="38"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="43"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="48"/>
        <source>Sent to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="53"/>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="62"/>
        <source>rows whose external id names another item than their SKU wait on the Sources screen&apos;s review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="74"/>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="74"/>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="79"/>
        <source>Save error report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="97"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="98"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="99"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="100"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="124"/>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="124"/>
        <source>Every row was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="125"/>
        <source>Import applies the file in one go; a run that is cancelled changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="126"/>
        <source>The run is recorded with its counts; the catalog shows the changes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="138"/>
        <source>Import nothing until the file is fixed (save the error report, correct the file, then Check again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/ImportReportStep.qml" line="144"/>
        <source>Import the %1 good rows now and leave the %2 with problems out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <source>Stockroom — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementType</name>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="53"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="54"/>
        <source>Customer return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="55"/>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="56"/>
        <source>Expiry write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="57"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="58"/>
        <source>Count correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="59"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="60"/>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="61"/>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stock/movementtype.cpp" line="62"/>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/shell/NavigationRail.qml" line="22"/>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceCancelDialog</name>
    <message>
        <location filename="../qml/prices/PriceCancelDialog.qml" line="15"/>
        <source>Cancel this scheduled price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceCancelDialog.qml" line="17"/>
        <source>Cancel the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceCancelDialog.qml" line="18"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceCancelDialog.qml" line="34"/>
        <source>Keep the price before it running in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceCancelDialog.qml" line="38"/>
        <source>The price that was to end when this one starts carries on until this one would have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceCancelDialog.qml" line="39"/>
        <source>The price before it still ends when this one was to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceDetailPanel</name>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="54"/>
        <source>Price at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="57"/>
        <source>No price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="65"/>
        <source>MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="70"/>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="77"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="85"/>
        <source>Nothing is priced for %1 on this channel: no price of its own, and none for every location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="96"/>
        <source>Change price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="101"/>
        <source>Set for a period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="107"/>
        <source>Only an admin sets prices for every location; choose one of your locations to change its prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="121"/>
        <source>What it costs when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="135"/>
        <source> · MRP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="136"/>
        <source>nothing priced from then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="152"/>
        <source>Price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="155"/>
        <source>This item has never been priced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="183"/>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="217"/>
        <source>End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceDetailPanel.qml" line="224"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceEditDialog</name>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="16"/>
        <source>Set a price for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="17"/>
        <source>Change the price at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="19"/>
        <source>Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="19"/>
        <source>Schedule change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="47"/>
        <source>A price of %1&apos;s own on the %2 channel for a period. It may not overlap another %1 price on this channel: end or change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="49"/>
        <source>From the start, this price replaces the one %1 has on the %2 channel, which ends then. Leave Starts empty to change it now, and Ends empty to run until the next scheduled price (or open-ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="60"/>
        <source>MRP (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="62"/>
        <source>empty: no MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="71"/>
        <source>Selling price (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="81"/>
        <source>GST %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="96"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="96"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="98"/>
        <source>now, or 2026-12-01 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="107"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="109"/>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEditDialog.qml" line="109"/>
        <source>until the next price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceEndDialog</name>
    <message>
        <location filename="../qml/prices/PriceEndDialog.qml" line="15"/>
        <source>End this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEndDialog.qml" line="17"/>
        <source>End price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEndDialog.qml" line="32"/>
        <source>From then on, the next price in line applies (a price of the location&apos;s own beats every location&apos;s, a channel&apos;s beats the default). Nothing is ended in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEndDialog.qml" line="39"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceEndDialog.qml" line="41"/>
        <source>now, or 2026-12-31 23:59</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceListHeader</name>
    <message>
        <location filename="../qml/prices/PriceListHeader.qml" line="17"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceListHeader.qml" line="18"/>
        <source>Name · why this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceListHeader.qml" line="19"/>
        <source>MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceListHeader.qml" line="20"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceListHeader.qml" line="21"/>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricePlaceBox</name>
    <message>
        <location filename="../qml/prices/PricePlaceBox.qml" line="13"/>
        <location filename="../qml/prices/PricePlaceBox.qml" line="25"/>
        <source>Prices: every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricePlaceBox.qml" line="29"/>
        <source>Prices at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceRowDelegate</name>
    <message>
        <location filename="../qml/prices/PriceRowDelegate.qml" line="67"/>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PriceRowDelegate.qml" line="95"/>
        <source>No price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="65"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="68"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="69"/>
        <source>%1 at %2, %3 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="69"/>
        <source>%1+ items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="70"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="70"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="84"/>
        <source>Name, SKU or barcode  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="84"/>
        <source>Name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="103"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="137"/>
        <source>Bulk change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="155"/>
        <source>Could not load prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="220"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="221"/>
        <source>No items in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="222"/>
        <source>Check the spelling, search by SKU, or choose All categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="256"/>
        <source>Choose an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/prices/PricesPage.qml" line="257"/>
        <source>Select a line to see its price over time, why it applies, and to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="26"/>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="28"/>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="38"/>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="45"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationCommitDialog</name>
    <message>
        <location filename="../qml/reservations/ReservationCommitDialog.qml" line="25"/>
        <source>Commit order %1 as a sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationCommitDialog.qml" line="36"/>
        <source>%1 of %2 (%3) held at %4 will be sold: it leaves the stock on hand there and is no longer reserved. This cannot be undone from this screen; a return is recorded as a new movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationCommitDialog.qml" line="48"/>
        <source>Commit as sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationCommitDialog.qml" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationDialog</name>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="78"/>
        <source>Reserve stock for an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="93"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="99"/>
        <source>Search SKU, name, or scan a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="134"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="140"/>
        <source>Nothing in the catalog matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="168"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="188"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="197"/>
        <source>Choose a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="222"/>
        <source>Could not read the stock there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="226"/>
        <source>%1 is inactive: nothing can be reserved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="228"/>
        <source>%1 has never held this item, so there is nothing to reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="229"/>
        <source>%1 can be reserved at %2 (%3 on hand, %4 reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="231"/>
        <source>, %1 expired or quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="248"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="249"/>
        <source>e.g. AF-APP-10234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="258"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="259"/>
        <source>e.g. 2 or 0.75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="268"/>
        <source>Hold for (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="269"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="269"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="284"/>
        <source>Leave the hold time empty to use %1&apos;s default of %2 minutes. When the time is up, the server releases the stock by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="306"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="313"/>
        <source>Reserving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationDialog.qml" line="313"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationListHeader</name>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="20"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="21"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="22"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="23"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="26"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="27"/>
        <source>Time left / closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="27"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationListHeader.qml" line="30"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationReconciliationPanel</name>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="41"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="46"/>
        <source>%1 · checked at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="59"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="78"/>
        <source>Positions checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="79"/>
        <source>Reserved on positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="80"/>
        <source>Held by active reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="81"/>
        <source>Active reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="83"/>
        <source>Past their time, still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="90"/>
        <source>Positions that disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="107"/>
        <source>✓ Every position&apos;s reserved quantity equals the sum of its active reservations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="109"/>
        <source>1 position&apos;s reserved quantity differs from its active reservations. Report it: the database should never allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="110"/>
        <source>%1 positions&apos; reserved quantities differ from their active reservations. Report it: the database should never allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="118"/>
        <source>Reservations past their time still hold their stock until the server&apos;s sweeper releases them; you can release them yourself from the Active list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="136"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="137"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="138"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="139"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="140"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="141"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="152"/>
        <source>Show this item&apos;s reservations at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationReconciliationPanel.qml" line="166"/>
        <source>Showing the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationRefusal</name>
    <message>
        <location filename="../qml/reservations/ReservationRefusal.qml" line="61"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationRowDelegate</name>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="162"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="162"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="172"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="183"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="189"/>
        <source>Give the stock back: it becomes available again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="194"/>
        <source>Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="199"/>
        <source>Turn the hold into a sale: the stock leaves on-hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="200"/>
        <source>Its time is up, so it can no longer be committed: release it, or reserve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="211"/>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationRowDelegate.qml" line="211"/>
        <source>Releasing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationsPage</name>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="20"/>
        <source>All my locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="92"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="98"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="99"/>
        <source>%1+ shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="100"/>
        <source>1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="100"/>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="102"/>
        <source> · %1 past their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="117"/>
        <source>Load the list again (F5). Reservations made elsewhere also show by themselves while live updates are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="124"/>
        <source>Order, SKU, name or barcode  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="142"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="153"/>
        <source>Reserve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="173"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="173"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="173"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="173"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="173"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="217"/>
        <source>Could not load the reservations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="250"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="251"/>
        <source>all my locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="307"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="308"/>
        <source>No active reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="309"/>
        <source>No reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="310"/>
        <source>No %1 reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="312"/>
        <source>Search by order number, SKU, item name or a whole barcode, or look at another tab or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/reservations/ReservationsPage.qml" line="313"/>
        <source>Reserve stock for an order with Reserve…, or look at another tab or location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../qml/staff/ScopePicker.qml" line="36"/>
        <source>An admin acts on the whole tenant: there are no stores to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/ScopePicker.qml" line="44"/>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/ScopePicker.qml" line="45"/>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/ScopePicker.qml" line="46"/>
        <source>Dark stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/ScopePicker.qml" line="97"/>
        <source>None in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <location filename="../core/db/serverprofile.cpp" line="54"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/serverprofile.cpp" line="56"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/serverprofile.cpp" line="58"/>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/serverprofile.cpp" line="60"/>
        <source>Unknown SSL mode &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/serverprofile.cpp" line="63"/>
        <source>Give the server a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/serverprofile.cpp" line="65"/>
        <source>The live updates address &quot;%1&quot; is not one: use ws://host:port/ws, or leave it empty for port %2 on the database host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfileEditor</name>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="70"/>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="70"/>
        <source>Change this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="77"/>
        <source>Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="91"/>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="97"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="101"/>
        <source>e.g. Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="112"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="116"/>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="126"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="143"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="155"/>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="165"/>
        <source>Live updates (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="170"/>
        <source>Usual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="192"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="202"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/ServerProfileEditor.qml" line="207"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="61"/>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="68"/>
        <source>Sign in to your back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="86"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="98"/>
        <source>No server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="104"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="111"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="121"/>
        <source>Add the Stockroom server your company gave you: its address, or its host, port and database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="142"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="156"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="162"/>
        <source>Saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="171"/>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="210"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="210"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="234"/>
        <source>%1 / %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/signin/SignInPage.qml" line="235"/>
        <source>Demo accounts (login / password):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../qml/sources/SourceDialog.qml" line="15"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceDialog.qml" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDismissDialog</name>
    <message>
        <location filename="../qml/sources/SourceDismissDialog.qml" line="13"/>
        <source>Dismiss “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceDismissDialog.qml" line="14"/>
        <source>Nothing is mapped. The reason is kept with the item, so others know it was looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceDismissDialog.qml" line="15"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceDismissDialog.qml" line="28"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceDismissDialog.qml" line="32"/>
        <source>e.g. test item from the feed, discontinued at the supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="15"/>
        <source>New source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="15"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="16"/>
        <source>A till, ERP, feed or file that sends catalog data. Its credentials are set on the server, never here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="18"/>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="54"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="54"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="64"/>
        <source>Store POS, Head-office ERP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="69"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="78"/>
        <source>Vendor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="82"/>
        <source>The product or company behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="88"/>
        <source>Deactivating marks it as no longer in use; its mappings and history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceEditorDialog.qml" line="89"/>
        <source>This source is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceMapDialog</name>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="20"/>
        <source>Map “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="20"/>
        <source>Map an external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="21"/>
        <source>Choose the item of your catalog that %1 means by this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="22"/>
        <source>Tell Stockroom which item %1 means by one of its codes. Several codes may name the same item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="23"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="26"/>
        <source>Replace mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="72"/>
        <source>External id in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="80"/>
        <source>The code the source uses, e.g. ITM00001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="86"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="90"/>
        <source>Search the catalog by name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="139"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="154"/>
        <source>No item matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="155"/>
        <source>Try part of the name, the SKU, or four or more digits of the barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="161"/>
        <source>Maps to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMapDialog.qml" line="161"/>
        <source>Pick an item in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceMappingRowDelegate</name>
    <message>
        <location filename="../qml/sources/SourceMappingRowDelegate.qml" line="64"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingRowDelegate.qml" line="74"/>
        <source>Unmap…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceMappingsPanel</name>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="42"/>
        <source>Source systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="46"/>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="80"/>
        <source>No source systems yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="82"/>
        <source>Add the tills, ERP and feeds that send you catalog data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="83"/>
        <source>An admin adds the tills, ERP and feeds that send catalog data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="117"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="123"/>
        <source>%1 mapped ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="124"/>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="135"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="141"/>
        <source>Map an external id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="150"/>
        <source>Search external id or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="174"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="175"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="176"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="177"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="202"/>
        <source>No mapping matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="203"/>
        <source>No external ids mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="205"/>
        <source>Search by the source&apos;s code or by our SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceMappingsPanel.qml" line="206"/>
        <source>Map the codes this source uses to items of the catalog, or let an import do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceReviewDetail</name>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="87"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="124"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="130"/>
        <source>Mapped now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="132"/>
        <source>Not mapped to any item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="140"/>
        <source>The row names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="140"/>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="142"/>
        <source>No likely item found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="157"/>
        <source>Map to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="170"/>
        <source>Map to another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="178"/>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="188"/>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="204"/>
        <source>Received from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="217"/>
        <source>The source sent nothing but the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="229"/>
        <source>Choose an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewDetail.qml" line="230"/>
        <source>Select an external id in the queue to see what the source sent and decide where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceReviewPanel</name>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="17"/>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="18"/>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="19"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="22"/>
        <source>Every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="76"/>
        <source>1 open item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="77"/>
        <source>%1 open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="119"/>
        <source>Nothing to review here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="120"/>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="122"/>
        <source>No open item matches these filters. Choose Every source and Every kind to see the whole queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewPanel.qml" line="123"/>
        <source>Every external id the sources sent maps to an item safely. When an import meets one it cannot place — a new code, or one that now names another item — it waits here for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceReviewRowDelegate</name>
    <message>
        <location filename="../qml/sources/SourceReviewRowDelegate.qml" line="62"/>
        <source>%1× · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewRowDelegate.qml" line="76"/>
        <source>Mapped to %1 · the row names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewRowDelegate.qml" line="76"/>
        <source>another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewRowDelegate.qml" line="77"/>
        <source>Looks like %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceReviewRowDelegate.qml" line="78"/>
        <source>No likely item found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRowDelegate</name>
    <message>
        <location filename="../qml/sources/SourceRowDelegate.qml" line="51"/>
        <source>%1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceRowDelegate.qml" line="55"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceRowDelegate.qml" line="60"/>
        <source>%1 ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceUnmapDialog</name>
    <message>
        <location filename="../qml/sources/SourceUnmapDialog.qml" line="15"/>
        <source>Unmap “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceUnmapDialog.qml" line="16"/>
        <source>Unmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourceUnmapDialog.qml" line="29"/>
        <source>“%1” will no longer name %2 (%3). An import that sends it again will treat it as a code it does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="56"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="60"/>
        <source>1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="61"/>
        <source>%1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="71"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="72"/>
        <source>1 source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="73"/>
        <source>%1 source systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="74"/>
        <source> · the codes tills, the ERP and feeds use for your items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="89"/>
        <source>Review queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="90"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/sources/SourcesPage.qml" line="94"/>
        <source>Sources and mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffActiveDialog</name>
    <message>
        <location filename="../qml/staff/StaffActiveDialog.qml" line="21"/>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffActiveDialog.qml" line="22"/>
        <source>Enable %1 again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffActiveDialog.qml" line="33"/>
        <source>“%1” will no longer be able to sign in, and any Stockroom window still open with this account stops seeing data at once. You can enable the account again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffActiveDialog.qml" line="34"/>
        <source>“%1” will be able to sign in again, with the same password and the same scope as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffActiveDialog.qml" line="45"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffActiveDialog.qml" line="45"/>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffActiveDialog.qml" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDetailPanel</name>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="98"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="102"/>
        <source>Active — can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="102"/>
        <source>Disabled — cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="104"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="107"/>
        <source>Where they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="110"/>
        <source>The whole tenant: an admin acts on every store, location and dark store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="142"/>
        <source>Change where they work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="166"/>
        <source>Save scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="177"/>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="225"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="185"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="187"/>
        <source>Set a new password when they have forgotten theirs, and tell it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="192"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="215"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="233"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="236"/>
        <source>Disabling stops new sign-ins and cuts off any window still open with this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="237"/>
        <source>This account cannot sign in. Enabling it restores its password and scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="241"/>
        <source>Disable account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffDetailPanel.qml" line="241"/>
        <source>Enable account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="47"/>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="53"/>
        <source>They sign in with this login and password. You can change where they work and reset the password later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="68"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="69"/>
        <source>e.g. Priya Shah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="77"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="78"/>
        <source>e.g. priya.shah — lower-case letters, digits . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="88"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="127"/>
        <source>Where they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="148"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffEditor.qml" line="154"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffListHeader</name>
    <message>
        <location filename="../qml/staff/StaffListHeader.qml" line="17"/>
        <source>Name and login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffListHeader.qml" line="18"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffListHeader.qml" line="19"/>
        <source>Where they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffListHeader.qml" line="20"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="61"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="64"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="65"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="65"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="66"/>
        <source> · %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="75"/>
        <source>Search name, login, role or store  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="83"/>
        <source>Show disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="89"/>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="174"/>
        <source>Nobody matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="175"/>
        <source>No staff to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="177"/>
        <source>Check the spelling, or search by login or store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="178"/>
        <source>Check the spelling, or tick Show disabled to include disabled accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="224"/>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPage.qml" line="225"/>
        <source>Select someone in the list to change where they work, reset their password or disable the account — or add a new account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPasswordFields</name>
    <message>
        <location filename="../qml/staff/StaffPasswordFields.qml" line="24"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPasswordFields.qml" line="25"/>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffPasswordFields.qml" line="34"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRowDelegate</name>
    <message>
        <location filename="../qml/staff/StaffRowDelegate.qml" line="67"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffRowDelegate.qml" line="105"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffRowDelegate.qml" line="105"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <location filename="../qml/startup/StartupPage.qml" line="19"/>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/startup/StartupPage.qml" line="57"/>
        <source>Stockroom could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockAdjustDialog</name>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="11"/>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="13"/>
        <source>Record movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="40"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="51"/>
        <source>Adds to the stock on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="52"/>
        <source>Takes from the stock on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="53"/>
        <source>Adds or takes stock: choose which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="67"/>
        <source>Add stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="68"/>
        <source>Remove stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="74"/>
        <source>Quantity to remove (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="74"/>
        <source>Quantity to add (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="75"/>
        <source>e.g. 12 or 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="91"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="92"/>
        <source>e.g. Crushed in delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="102"/>
        <source>Reference kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="103"/>
        <source>e.g. GRN, invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="112"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="113"/>
        <source>e.g. GRN-20931</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockAdjustDialog.qml" line="118"/>
        <source>Moving stock to another location? Use Transfer, so it is received at the other end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockBatchDialog</name>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="11"/>
        <source>Receive a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="13"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="34"/>
        <source>Batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="35"/>
        <source>as printed, e.g. B2611-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="42"/>
        <source>Lot number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="49"/>
        <source>Quantity received (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="50"/>
        <source>e.g. 48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="57"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="58"/>
        <source>YYYY-MM-DD or DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="65"/>
        <source>Alert from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="66"/>
        <source>when to flag it as expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="73"/>
        <source>Manufactured on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchDialog.qml" line="74"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockBatchList</name>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="45"/>
        <source>  ·  lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="54"/>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="55"/>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="56"/>
        <source>Expiring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="57"/>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="69"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="78"/>
        <source>Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="90"/>
        <source>No batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockBatchList.qml" line="91"/>
        <source>This stock was received without batch numbers. Use Receive batch… for stock with an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockCountLine</name>
    <message>
        <location filename="../qml/stock/StockCountLine.qml" line="85"/>
        <source>✓ Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountLine.qml" line="86"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountLine.qml" line="87"/>
        <source>Discarded; now %1 on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountLine.qml" line="90"/>
        <source>Changed meanwhile: on hand %1 → %2, reserved %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountLine.qml" line="91"/>
        <source>Changed meanwhile; reading it again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountLine.qml" line="107"/>
        <source>Re-apply count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountLine.qml" line="113"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockCountSheet</name>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="28"/>
        <source>Count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="31"/>
        <source>Loading the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="32"/>
        <source>%1 lines%2 · %3 entered · %4 recorded%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="34"/>
        <source> (the first %1; narrow the filter to count the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="37"/>
        <source> · %1 changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="38"/>
        <source> · %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="56"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="58"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="59"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="60"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="61"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="62"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="83"/>
        <source>Could not load the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="83"/>
        <source>Nothing to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="84"/>
        <source>The list&apos;s filter shows no positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="93"/>
        <source>Reason for the counts (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="94"/>
        <source>e.g. Weekly cycle count, aisle 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="102"/>
        <source>%1 lines are not numbers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="115"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="121"/>
        <source>Record 1 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockCountSheet.qml" line="121"/>
        <source>Record %1 counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDetailPanel</name>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="52"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="59"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="59"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="62"/>
        <source>Batch expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="70"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="71"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="74"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="78"/>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="79"/>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="80"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="85"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="86"/>
        <source>No shelf recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="90"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="91"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="98"/>
        <source>Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="104"/>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="110"/>
        <source>Receive batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="123"/>
        <source>Batches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="124"/>
        <source>In transit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDetailPanel.qml" line="125"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockInboundList</name>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="21"/>
        <source>Everything on its way to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="22"/>
        <source>This item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="30"/>
        <source>Whole location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="69"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="76"/>
        <source>Sent %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="85"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="105"/>
        <source>Nothing to receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="107"/>
        <source>The %1 shown in transit was recorded without an open transfer, so there is nothing here to receive; count or adjust the stock when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockInboundList.qml" line="108"/>
        <source>Transfers sent to this location from elsewhere appear here until they are received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockInput</name>
    <message>
        <location filename="../ui/stockinput.cpp" line="16"/>
        <source>Enter a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockinput.cpp" line="18"/>
        <source>Type the quantity without a sign; the movement decides the direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockinput.cpp" line="21"/>
        <source>Type a number such as 12 or 2.5, without commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockinput.cpp" line="24"/>
        <source>Stock is kept to four decimal places; round the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockinput.cpp" line="27"/>
        <source>That quantity is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockinput.cpp" line="29"/>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockinput.cpp" line="56"/>
        <source>This is %1 characters long; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockLedgerList</name>
    <message>
        <location filename="../qml/stock/StockLedgerList.qml" line="21"/>
        <source>Every position in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockLedgerList.qml" line="21"/>
        <source>This position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockLedgerList.qml" line="28"/>
        <source>Whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockLedgerList.qml" line="84"/>
        <source> · batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockLedgerList.qml" line="113"/>
        <source>No movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockLedgerList.qml" line="114"/>
        <source>Nothing has moved in or out here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockListHeader</name>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="17"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="19"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="20"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="21"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="22"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="23"/>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="24"/>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="25"/>
        <source>Rack/bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockListHeader.qml" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="39"/>
        <location filename="../qml/stock/StockPage.qml" line="52"/>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="120"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="125"/>
        <source>Name, SKU or scan a barcode  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="151"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="158"/>
        <source>Show only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="163"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="164"/>
        <source>Low stock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="171"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="172"/>
        <source>Out of stock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="179"/>
        <source>Expiring batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="185"/>
        <source>Barcode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="195"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="199"/>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="200"/>
        <source>1 position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="200"/>
        <source>%1 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="201"/>
        <source> · on hand %1 · reserved %2 · available %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="211"/>
        <source>Count sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="234"/>
        <source>Could not load stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="302"/>
        <source>No stock matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="303"/>
        <source>No stock positions here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="304"/>
        <source>Check the spelling, scan the barcode again, or clear the filters above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="338"/>
        <source>Choose a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockPage.qml" line="339"/>
        <source>Select a line to act on it and see its batches and ledger, or scan a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockRowDelegate</name>
    <message>
        <location filename="../qml/stock/StockRowDelegate.qml" line="120"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockRowDelegate.qml" line="120"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockRowDelegate.qml" line="125"/>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockRowDelegate.qml" line="130"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTransferDialog</name>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="13"/>
        <source>Transfer stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="14"/>
        <source>%1 · %2 — %3 available at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="16"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="37"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="44"/>
        <source>Choose a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="56"/>
        <source>There is no other location in your scope to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="65"/>
        <source>Quantity to send (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="66"/>
        <source>e.g. 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="73"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockTransferDialog.qml" line="74"/>
        <source>e.g. Restock the shop floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockWriteOffDialog</name>
    <message>
        <location filename="../qml/stock/StockWriteOffDialog.qml" line="13"/>
        <source>Write off batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockWriteOffDialog.qml" line="14"/>
        <source>%1 left · %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockWriteOffDialog.qml" line="15"/>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockWriteOffDialog.qml" line="35"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockWriteOffDialog.qml" line="36"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockWriteOffDialog.qml" line="42"/>
        <source>Quantity in %1 (empty: all %2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockWriteOffDialog.qml" line="49"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreListHeader</name>
    <message>
        <location filename="../qml/store/StoreListHeader.qml" line="17"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StoreListHeader.qml" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StoreListHeader.qml" line="19"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StoreListHeader.qml" line="20"/>
        <source>Price here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StoreListHeader.qml" line="21"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StoreListHeader.qml" line="22"/>
        <source>Orderable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../qml/store/StorePage.qml" line="65"/>
        <source>Store view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="70"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="72"/>
        <source>No location to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="73"/>
        <source>%1+ items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="74"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="74"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="76"/>
        <source>%1 · as customers here see them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="77"/>
        <source>%1 · as %2 customers here see them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="96"/>
        <source>Choose a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="106"/>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="117"/>
        <source>Name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="118"/>
        <source>Search name, SKU or barcode  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="146"/>
        <source>Could not load the store view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="195"/>
        <source>You have no locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="196"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="197"/>
        <source>No active items in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="199"/>
        <source>The store view shows one of your stores or dark stores; ask an admin to give you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/store/StorePage.qml" line="200"/>
        <source>Check the spelling, search by SKU or scan a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToastStack</name>
    <message>
        <location filename="../qml/components/ToastStack.qml" line="94"/>
        <source>Open Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToastStack.qml" line="94"/>
        <source>Open on the Stock screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantAttributeList</name>
    <message>
        <location filename="../qml/catalog/VariantAttributeList.qml" line="33"/>
        <source>Name, e.g. fat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantAttributeList.qml" line="42"/>
        <source>Value, e.g. 82%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantAttributeList.qml" line="52"/>
        <source>Remove this attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantAttributeList.qml" line="67"/>
        <source>+ Add an attribute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantBarcodeList</name>
    <message>
        <location filename="../qml/catalog/VariantBarcodeList.qml" line="23"/>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantBarcodeList.qml" line="43"/>
        <source>Make this the primary barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantBarcodeList.qml" line="54"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantBarcodeList.qml" line="65"/>
        <source>Remove this barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantBarcodeList.qml" line="80"/>
        <source>No barcode: sold loose or by weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantBarcodeList.qml" line="89"/>
        <source>Scan or type a barcode (EAN-13, EAN-8 or UPC-A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantBarcodeList.qml" line="107"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantConflictPanel</name>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="25"/>
        <source>Someone else saved this item first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="38"/>
        <source>Nothing of yours has been saved. Compare their saved values with your unsaved edits, then choose how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="52"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="53"/>
        <source>Their saved value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="54"/>
        <source>Your unsaved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="82"/>
        <source>both changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="82"/>
        <source>they changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="82"/>
        <source>you changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="116"/>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="121"/>
        <source>Your unsaved edits are discarded; the form shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="134"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantConflictPanel.qml" line="139"/>
        <source>Your edits are put on their version (yours win where both changed a field); check the form and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantDetailPanel</name>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="51"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="52"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="65"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="71"/>
        <source>New variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="77"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="77"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="84"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="162"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="167"/>
        <source>MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="173"/>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="178"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="184"/>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="185"/>
        <source>Not priced here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="198"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="199"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="200"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="201"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="202"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="203"/>
        <source>Stock unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="205"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="206"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="206"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="210"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="211"/>
        <source>%1, changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="215"/>
        <source>Stock by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="227"/>
        <source>On hand %1 · reserved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="228"/>
        <source> · in transit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="243"/>
        <source>Not stocked at any location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="247"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="259"/>
        <source>  (in effect here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="327"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="331"/>
        <source>%1 and its history go for good. An item with stock, reservations or stock movements cannot be deleted: archive it instead, and it can be reactivated later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="343"/>
        <source>Restore version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="347"/>
        <source>Its name, pack, units, barcodes, attributes and product details become current again, as a new version; the versions in between stay in the history. Whether it is archived stays as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="265"/>
        <source>MRP %1 · GST %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="274"/>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="279"/>
        <source> · primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="285"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="290"/>
        <source>1 %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="295"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="107"/>
        <source>Compare now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="155"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="160"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="162"/>
        <source>e.g. AMUL-BUTTER-500G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="172"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="174"/>
        <source>As on a bill, e.g. Amul Butter 500 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="187"/>
        <source>Pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="189"/>
        <source>e.g. 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="199"/>
        <source>Pack unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="209"/>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="221"/>
        <source>Essential item (kept in stock before others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="236"/>
        <source>Attributes of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="253"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="256"/>
        <source>A new variant joins the product as it is. Edit the product from any of its variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="257"/>
        <source>Shared by every variant of the product: a change here is a change of each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="264"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="266"/>
        <source>e.g. Amul Butter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="277"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="287"/>
        <source>HSN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="289"/>
        <source>4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="303"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="330"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="340"/>
        <source>What a shopper should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="353"/>
        <source>Product is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="361"/>
        <source>Attributes of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="409"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="421"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="427"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="427"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="450"/>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantEditor.qml" line="453"/>
        <source>What you changed in this form has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantHistoryList</name>
    <message>
        <location filename="../qml/catalog/VariantHistoryList.qml" line="28"/>
        <source>No changes recorded yet. The first save records the item as it is now, then the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantHistoryList.qml" line="83"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantHistoryList.qml" line="89"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantHistoryList.qml" line="98"/>
        <source>%1 · from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantHistoryList.qml" line="147"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantUomList</name>
    <message>
        <location filename="../qml/catalog/VariantUomList.qml" line="22"/>
        <source>Other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantUomList.qml" line="51"/>
        <source>how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantUomList.qml" line="59"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantUomList.qml" line="64"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantUomList.qml" line="74"/>
        <source>Remove this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantUomList.qml" line="89"/>
        <source>+ Add a unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="130"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="132"/>
        <location filename="../ui/activitymodel.cpp" line="178"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="133"/>
        <location filename="../ui/activitymodel.cpp" line="177"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::AppController</name>
    <message>
        <location filename="../ui/appcontroller.cpp" line="101"/>
        <location filename="../ui/appcontroller.cpp" line="239"/>
        <location filename="../ui/appcontroller.cpp" line="263"/>
        <source>Demo database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="102"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="125"/>
        <source>Deleting the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="135"/>
        <source>Another Stockroom window is already using the embedded demo database. Switch to that window, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="151"/>
        <source>Preparing the database (%1 of %2: %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="162"/>
        <source>Loading demo data: %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="181"/>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="264"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="198"/>
        <location filename="../ui/appcontroller.cpp" line="249"/>
        <source>This is the demo database: start it afresh with --reset-demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="272"/>
        <location filename="../ui/appcontroller.cpp" line="275"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="273"/>
        <source>Connection lost: %1 — reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::BulkPriceController</name>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="106"/>
        <source>Type a percentage such as 5 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="108"/>
        <source>Prices can go down by less than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="110"/>
        <source>Prices can go up by at most 1000%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="119"/>
        <source>Choose a percentage or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="125"/>
        <source>That time has passed: prices are not changed in the past. Leave it empty to change them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="203"/>
        <source>1 would exceed its MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="203"/>
        <source>%1 would exceed their MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="204"/>
        <source>1 would go below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="204"/>
        <source>%1 would go below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="205"/>
        <source>1 has no price to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="205"/>
        <source>%1 have no price to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="206"/>
        <source>1 would stay the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="206"/>
        <source>%1 would stay the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="207"/>
        <source>1 already has a price starting then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="208"/>
        <source>%1 already have a price starting then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="209"/>
        <source>1 would be too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="209"/>
        <source>%1 would be too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="212"/>
        <source>No item matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="214"/>
        <source>1 price changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="214"/>
        <source>%1 prices change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="215"/>
        <source> · %1 left as they are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="223"/>
        <source>, rounded to the rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="224"/>
        <source>, rounded down to .x9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="227"/>
        <source>%1 at %2, %3 channel, from %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="229"/>
        <source>every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="235"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="245"/>
        <source>Nothing to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="245"/>
        <source>None of the previewed rows can change; each says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="276"/>
        <source>1 price changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="276"/>
        <source>%1 prices changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkpricecontroller.cpp" line="277"/>
        <source>; %1 left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CatalogActionsController</name>
    <message>
        <location filename="../ui/catalogactionscontroller.cpp" line="27"/>
        <source>Archived: it stays in the catalog and its history, and can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogactionscontroller.cpp" line="35"/>
        <source>Reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogactionscontroller.cpp" line="43"/>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogactionscontroller.cpp" line="54"/>
        <source>Version %1 restored as the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogactionscontroller.cpp" line="92"/>
        <source>Nothing changed: it was like that already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CatalogEditorController</name>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="55"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="57"/>
        <source>New variant of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="58"/>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="58"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="64"/>
        <source>Creates the product and its first variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="66"/>
        <source>The new variant shares the product&apos;s name, brand, category and HSN code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="70"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="71"/>
        <source>Version %1 · saved by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="92"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="103"/>
        <source>%1 (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="115"/>
        <source>This item changed after you opened version %1; it is now version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="118"/>
        <source>%1 saved version %2 on %3, after you opened version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="184"/>
        <source>Could not open the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="301"/>
        <source>This item no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="309"/>
        <source>Check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="313"/>
        <source>%1 fields need attention; they are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="380"/>
        <source>Could not read the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="414"/>
        <source>Their version is loaded; your edits were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="422"/>
        <source>Your edits are now on version %1. Check them, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="456"/>
        <source>This item was deleted elsewhere while you were editing; it can no longer be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorcontroller.cpp" line="478"/>
        <source>%1 saved this item on %2 while you were editing (now version %3). Compare their changes with yours before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogeditorform.cpp" line="133"/>
        <source>Barcode %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CatalogImportController</name>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="34"/>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="34"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="133"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="135"/>
        <source>Import the good row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="135"/>
        <source>Import the %1 good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="219"/>
        <source>1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="219"/>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="256"/>
        <source>Name the source system the file comes from (such as Head-office ERP): its external ids are matched within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="282"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="301"/>
        <source>Reading and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="301"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="317"/>
        <source>Reading and checking the file… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="318"/>
        <source>Reading the file… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="320"/>
        <source>Checking the rows against the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="321"/>
        <source>Importing into the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="360"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="361"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="382"/>
        <source>All %1 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="383"/>
        <source>%1 of %2 have problems; %3 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="386"/>
        <source>Imported %1: %2 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="388"/>
        <source>Imported the %1 good rows; %2 with problems left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="391"/>
        <source>Nothing was imported: %1 have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="396"/>
        <source>1 price to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="397"/>
        <source>%1 prices to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="398"/>
        <source>1 price changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="398"/>
        <source>%1 prices changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="400"/>
        <source>1 new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="400"/>
        <source>%1 new categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="402"/>
        <source>1 new product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="402"/>
        <source>%1 new products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="404"/>
        <source>1 external id mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="405"/>
        <source>%1 external ids mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="407"/>
        <source>source system &quot;%1&quot; created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="408"/>
        <source>source system &quot;%1&quot; is new: created on import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="442"/>
        <source>Could not save the error report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="446"/>
        <source>Saved the %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="448"/>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="449"/>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="460"/>
        <source>Exporting the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="486"/>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="488"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="489"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalogimportcontroller.cpp" line="491"/>
        <source>Could not export the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CategoryModel</name>
    <message>
        <location filename="../ui/categorymodel.cpp" line="50"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CategoryTreeController</name>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="120"/>
        <source>Added %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="143"/>
        <source>Renamed %1 to %2; the categories inside it follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="177"/>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="208"/>
        <source>Moved %1 %2, with everything inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="210"/>
        <source>to the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="249"/>
        <source>%1 and the category inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="250"/>
        <source>%1 and the %2 categories inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="253"/>
        <source>Reactivated %1: the category lists offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="254"/>
        <source>Reactivated %1: the category lists offer them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="257"/>
        <source>Deactivated %1: the category lists no longer offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="258"/>
        <source>Deactivated %1: the category lists no longer offer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="264"/>
        <source>Its 1 item stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="265"/>
        <source>Its %1 items stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="266"/>
        <source>Their 1 item stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="267"/>
        <source>Their %1 items stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="282"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="283"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="290"/>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreecontroller.cpp" line="291"/>
        <source>at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CategoryTreeModel</name>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="176"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="177"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::Identity</name>
    <message>
        <location filename="../core/access/identity.cpp" line="39"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/identity.cpp" line="41"/>
        <source>Store manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/identity.cpp" line="43"/>
        <source>Floor supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/identity.cpp" line="115"/>
        <source>All stores of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::ImportColumnModel</name>
    <message>
        <location filename="../ui/importissuemodel.cpp" line="97"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::LiveController</name>
    <message>
        <location filename="../ui/livecontroller.cpp" line="76"/>
        <source>Live updates off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/livecontroller.cpp" line="77"/>
        <source>Live updates off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::LocationModel</name>
    <message>
        <location filename="../ui/locationmodel.cpp" line="13"/>
        <source>%1 · %2 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::PriceController</name>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="122"/>
        <location filename="../ui/pricecontroller.cpp" line="306"/>
        <source>Every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="179"/>
        <source>every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="279"/>
        <source>Could not load the prices of this item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="290"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="290"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="293"/>
        <source>No price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="311"/>
        <source>MRP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="311"/>
        <source>no MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="312"/>
        <source>GST %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="315"/>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="318"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="319"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="320"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="324"/>
        <source>set by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="325"/>
        <source>set by %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="359"/>
        <source>That time has passed: prices are not changed in the past. Leave it empty to start now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="365"/>
        <source>The price must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="400"/>
        <source>Check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="411"/>
        <location filename="../ui/pricecontroller.cpp" line="432"/>
        <source>Select an item in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="419"/>
        <source>%1 is %2 at %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="421"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="441"/>
        <source>%1 changes to %2 at %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="444"/>
        <source>%1 is now %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="462"/>
        <source>That time has passed: prices are not changed in the past. Leave it empty to end the price now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="471"/>
        <source>The price ends %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="472"/>
        <source>The price has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="485"/>
        <source>The scheduled price is cancelled; the price before it carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pricecontroller.cpp" line="486"/>
        <source>The scheduled price is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::ReservationController</name>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="242"/>
        <source>No answer from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="245"/>
        <source>The connection was lost before the answer came, so it may or may not have been applied. Try again once the connection is back: it will not be applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="268"/>
        <source>Choose the item: search by SKU, barcode or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="270"/>
        <source>Choose the location to hold the stock at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="272"/>
        <source>Enter the order number the stock is held for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="275"/>
        <source>An order number has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="279"/>
        <source>Enter a quantity such as 2 or 1.25 (at most four decimal places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="281"/>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="289"/>
        <source>Enter whole minutes from 1 to %1 (7 days), or leave it empty for the location&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="319"/>
        <source>More than can be reserved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="321"/>
        <source>Check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="324"/>
        <source>This order already holds this item here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="326"/>
        <source>Not in your catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="328"/>
        <source>Not one of your locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="339"/>
        <source>Reserved %1 of %2 for order %3 at %4, held until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="396"/>
        <source>Order %1 committed as a sale: %2 of %3 left the stock at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationcontroller.cpp" line="398"/>
        <source>Order %1 released: %2 of %3 is available again at %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::ReservationModel</name>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="46"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="48"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="50"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="52"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="147"/>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="149"/>
        <source>Expired, awaiting release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="382"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="384"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="397"/>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationmodel.cpp" line="399"/>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::ReservationReconciliationController</name>
    <message>
        <location filename="../ui/reservationreconciliationcontroller.cpp" line="111"/>
        <source>Could not check the reservations: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::ServerProfileModel</name>
    <message>
        <location filename="../ui/serverprofilemodel.cpp" line="24"/>
        <source>%1 · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::SignInController</name>
    <message>
        <location filename="../ui/signincontroller.cpp" line="17"/>
        <source>the local socket in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="75"/>
        <source>There is no saved server named &quot;%1&quot;, and no server is saved yet. Pass a postgresql:// address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="78"/>
        <source>There is no saved server named &quot;%1&quot;. Saved servers: %2. Or pass a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="89"/>
        <source>&quot;%1&quot; is not a server address this app can use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="141"/>
        <source>Looking for the system&apos;s password keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="143"/>
        <source>Passwords cannot be remembered here: no password keychain is available on this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="227"/>
        <source>The saved password could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="247"/>
        <source>The saved password could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="267"/>
        <source>Add a server first: its host, port and database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="270"/>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="276"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="305"/>
        <source>The password saved for &quot;%1&quot; is no longer right, so it has been forgotten. Type the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="330"/>
        <source>The password could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="375"/>
        <source>The demo database on this computer cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="390"/>
        <source>There is already a server named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="441"/>
        <source>The login or password is not right. Check both (is Caps Lock on?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="444"/>
        <source>The account &quot;%1&quot; has been disabled. Ask an admin of your company to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="448"/>
        <source>Nothing answers at %1: the server may be down, or the host or port may be wrong. Check the server profile, or ask your administrator whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="453"/>
        <source>The server name &quot;%1&quot; could not be found. Check the host name in the server profile and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="457"/>
        <source>%1 did not answer within %2 seconds. Check your network connection (VPN, firewall) and the host and port in the server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="461"/>
        <source>The server at %1 does not accept sign-ins from this computer for this login and database. Ask your administrator to allow it (pg_hba.conf), or try another SSL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="466"/>
        <source>A secure connection to %1 could not be set up: %2
Check the SSL mode of the server profile with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="470"/>
        <source>There is no database &quot;%1&quot; on %2. Check the database name in the server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="474"/>
        <source>The database &quot;%1&quot; on %2 is not a Stockroom database (it has no Stockroom sign-in). Check the database name, or ask your administrator to prepare it with &apos;stockroomd migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="479"/>
        <source>&quot;%1&quot; can connect to this database but is not a Stockroom staff member here. Sign in with your staff account, or ask an admin to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="483"/>
        <source>The database is at schema version %1, but this app needs version %2. Ask your administrator to run &apos;stockroomd migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="488"/>
        <source>The database (schema version %1) is newer than this app (version %2). Install the newer Stockroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signincontroller.cpp" line="495"/>
        <source>Could not sign in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::SourceListModel</name>
    <message>
        <location filename="../ui/sourcelistmodel.cpp" line="14"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcelistmodel.cpp" line="16"/>
        <source>with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcelistmodel.cpp" line="18"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcelistmodel.cpp" line="20"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcelistmodel.cpp" line="22"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcelistmodel.cpp" line="24"/>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcelistmodel.cpp" line="64"/>
        <source>Last import %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::SourceMappingModel</name>
    <message>
        <location filename="../ui/sourcemappingmodel.cpp" line="147"/>
        <source>Could not load the mappings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::SourceReviewModel</name>
    <message>
        <location filename="../ui/sourcereviewmodel.cpp" line="18"/>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcereviewmodel.cpp" line="20"/>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcereviewmodel.cpp" line="131"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcereviewmodel.cpp" line="131"/>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcereviewmodel.cpp" line="141"/>
        <source>Received %1 times, first %2, last %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcereviewmodel.cpp" line="144"/>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::SourcesController</name>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="212"/>
        <source>Could not load the source systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="279"/>
        <source>Give the source system a name, such as “Store POS”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="284"/>
        <source>Source system “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="296"/>
        <source>A source system needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="301"/>
        <source>Source system “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="315"/>
        <source>“%1” is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="316"/>
        <source>“%1” is deactivated; its mappings stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="327"/>
        <source>Enter the external id the source uses for the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="329"/>
        <source>Choose the item in the catalog to map it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="338"/>
        <source>“%1” now maps to %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="340"/>
        <source>“%1” already maps to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="341"/>
        <location filename="../ui/sourcescontroller.cpp" line="368"/>
        <source>“%1” mapped to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="353"/>
        <source>“%1” is no longer mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="394"/>
        <source>Say why this is dismissed, so others know it was looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcescontroller.cpp" line="399"/>
        <source>Dismissed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StaffController</name>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="48"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="54"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="56"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="57"/>
        <source>Dark store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="67"/>
        <source>sales floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="68"/>
        <source>backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="69"/>
        <source>warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="71"/>
        <source>dark store floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="72"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="73"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="75"/>
        <source>in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="76"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="143"/>
        <source>Acts on the whole tenant and manages staff; takes no stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="146"/>
        <source>Works in the stores, locations or dark stores you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="149"/>
        <source>Runs one or more dark stores, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="195"/>
        <source>This is your own account: another admin has to disable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="229"/>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="239"/>
        <source>Account “%1” created for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="251"/>
        <source>There is no staff member “%1” in this list; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="259"/>
        <source>Scope of “%1” changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="272"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="273"/>
        <source>Ask another admin to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="275"/>
        <source>“%1” can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="276"/>
        <source>“%1” is disabled and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="293"/>
        <source>New password set for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="326"/>
        <source>This login is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staffcontroller.cpp" line="374"/>
        <source>Could not load the staff list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StaffMember</name>
    <message>
        <location filename="../core/access/staff.cpp" line="63"/>
        <source>Whole tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StockBatchModel</name>
    <message>
        <location filename="../ui/stockbatchmodel.cpp" line="67"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockbatchmodel.cpp" line="69"/>
        <source>Used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockbatchmodel.cpp" line="71"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockbatchmodel.cpp" line="73"/>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StockController</name>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="57"/>
        <source>Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="59"/>
        <source>Aisle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="61"/>
        <source>Rack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="63"/>
        <source>Bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="317"/>
        <source>Select a position in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="324"/>
        <source>Check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="355"/>
        <source>Choose what happened to the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="367"/>
        <source>Only %1 is available at %2; this would take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="385"/>
        <source>%1 %2 %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="406"/>
        <source>On hand %1 → %2 · available %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="420"/>
        <source>Choose where the stock is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="424"/>
        <source>Choose a location other than %1, where the stock is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="431"/>
        <source>Only %1 is available at %2 to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="438"/>
        <source>%1 of %2 sent from %3; it is in transit until received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="456"/>
        <source>That transfer is no longer listed; select the position again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="460"/>
        <source>Received %1 of %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="477"/>
        <source>Enter the batch number printed on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="487"/>
        <source>Enter the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="490"/>
        <source>Type a date such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="492"/>
        <source>This batch has expired; expired stock cannot be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="495"/>
        <location filename="../ui/stockcontroller.cpp" line="501"/>
        <source>Type a date such as %1, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="498"/>
        <source>The alert date must be on or before the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="505"/>
        <source>The manufacturing date cannot be after today or the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="517"/>
        <source>Batch %1 received: %2 of %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="533"/>
        <source>That batch is no longer listed; select the position again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="537"/>
        <source>Choose expiry or damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="547"/>
        <source>Batch %1 holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="550"/>
        <source>Batch %1 has nothing left to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="558"/>
        <source>%1 of batch %2 written off (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StockCountModel</name>
    <message>
        <location filename="../ui/stockcountmodel.cpp" line="372"/>
        <source>Could not read the position again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcountmodel.cpp" line="373"/>
        <source>it is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StockLedgerModel</name>
    <message>
        <location filename="../ui/stockledgermodel.cpp" line="27"/>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockledgermodel.cpp" line="29"/>
        <source>Count %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StockPositionModel</name>
    <message>
        <location filename="../ui/stockpositionmodel.cpp" line="353"/>
        <source>Totals take too long over everything in your scope; choose a location, a category or a search to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockpositionmodel.cpp" line="357"/>
        <source>Could not add up the totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StockTransferModel</name>
    <message>
        <location filename="../ui/stocktransfermodel.cpp" line="32"/>
        <source>a location outside your scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::StoreCatalogModel</name>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="141"/>
        <source>MRP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="178"/>
        <source>No price in effect here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="181"/>
        <source>This location&apos;s own price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="183"/>
        <source>Price for every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="185"/>
        <source>This location&apos;s %1 price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="187"/>
        <source>Every location&apos;s %1 price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="192"/>
        <source> · until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="202"/>
        <source>Orderable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="204"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="206"/>
        <source>Not stocked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="208"/>
        <source>No price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="210"/>
        <source>Product inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storecatalogmodel.cpp" line="212"/>
        <source>Location inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::ToastModel</name>
    <message>
        <location filename="../ui/toastmodel.cpp" line="59"/>
        <source>1 more alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toastmodel.cpp" line="59"/>
        <source>%1 more alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toastmodel.cpp" line="60"/>
        <source>See them all on the Activity screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::VariantDetailController</name>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="159"/>
        <source>Could not load this item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="161"/>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::VariantHistoryModel</name>
    <message>
        <location filename="../ui/varianthistorymodel.cpp" line="43"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/varianthistorymodel.cpp" line="43"/>
        <source>First recorded version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/varianthistorymodel.cpp" line="104"/>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::priceinput</name>
    <message>
        <location filename="../ui/priceinput.cpp" line="24"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/priceinput.cpp" line="26"/>
        <source>Amounts are in rupees and paise: at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/priceinput.cpp" line="28"/>
        <source>Type an amount such as 45 or 1,250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/priceinput.cpp" line="30"/>
        <source>The amount cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/priceinput.cpp" line="32"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/priceinput.cpp" line="47"/>
        <source>Enter the GST rate as a percentage from 0 to 100, such as 5 or 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/priceinput.cpp" line="66"/>
        <source>Type a date and time such as %1, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/priceinput.cpp" line="78"/>
        <source>Above the MRP %1: selling above the printed MRP is not allowed. Lower the price or correct the MRP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::staff</name>
    <message>
        <location filename="../core/access/staff.cpp" line="76"/>
        <source>A login has 3–63 characters: lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="79"/>
        <source>Logins may not start with &quot;pg_&quot; or &quot;stockroom_&quot;; those names are reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="86"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="88"/>
        <source>The password may not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="98"/>
        <source>An admin acts on the whole tenant; leave stores, locations and dark stores empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="103"/>
        <source>A floor supervisor works in dark stores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="105"/>
        <source>Choose the dark store this floor supervisor runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="109"/>
        <source>Choose at least one store, location or dark store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/staff.cpp" line="121"/>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
