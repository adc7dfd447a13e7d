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
        <location filename="../qml/activity/ActivityPage.qml" line="79"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="84"/>
        <source>Loading recent activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="86"/>
        <source>%1 of the last %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="87"/>
        <source>The last event in your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="88"/>
        <source>The last %1 events in your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="98"/>
        <source>SKU or words  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="128"/>
        <source>By anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="128"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="152"/>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="185"/>
        <source>Nothing here matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="185"/>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="186"/>
        <source>Clear a filter, or wait: new events show here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="187"/>
        <source>Stock movements, reservations, transfers and alerts in your scope show here the moment they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/activity/ActivityPage.qml" line="192"/>
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
        <location filename="../ui/activitytext.cpp" line="141"/>
        <source>an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="151"/>
        <source>Reserved %1 of %2 at %3 for order %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="158"/>
        <source>Reservation for order %1 ran out: %2 of %3 back on sale at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="160"/>
        <source>Released %1 of %2 at %3 (order %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="166"/>
        <source>Order %1 sold: %2 of %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="173"/>
        <source>%1 can be ordered again at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="174"/>
        <source>%1 can no longer be ordered at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="175"/>
        <source>%1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="181"/>
        <source>Low stock: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="182"/>
        <source>%1 left to sell · reorder point %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="188"/>
        <source>Out of stock: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="189"/>
        <source>Nothing left to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="195"/>
        <source>Transfer on its way: %1 of %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="198"/>
        <source>In transit to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="203"/>
        <source>Expired: %1 of %2 at %3 can no longer be sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="205"/>
        <source>%1 left to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="209"/>
        <source>Expires %1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="211"/>
        <source>Batch %1 · %2 in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="218"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="232"/>
        <source>All activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="233"/>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="234"/>
        <source>Reservations and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="235"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="236"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitytext.cpp" line="237"/>
        <source>Orderability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/access/apierror.cpp" line="62"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="65"/>
        <source>Your account cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="67"/>
        <source>Outside your stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="69"/>
        <source>Not allowed for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="71"/>
        <source>Check what was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="73"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="75"/>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="77"/>
        <source>Duplicate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="79"/>
        <source>Not enough stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="81"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="83"/>
        <source>Unknown item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="85"/>
        <source>Check the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="87"/>
        <source>Reservation no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="89"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/access/apierror.cpp" line="93"/>
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
        <location filename="../qml/shell/AppShell.qml" line="32"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="46"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="58"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="72"/>
        <source>Staff</source>
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
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="40"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="44"/>
        <source>%1+ items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="45"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="45"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="46"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="55"/>
        <source>Search name, SKU or barcode  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="69"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="105"/>
        <source>Could not load the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="159"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="160"/>
        <source>No items in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="161"/>
        <source>Check the spelling, search by SKU or scan a barcode, or choose All categories.</source>
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
        <location filename="../qml/catalog/CatalogRowDelegate.qml" line="95"/>
        <source>Out</source>
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
    <name>QObject</name>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="25"/>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="27"/>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="37"/>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="44"/>
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
    <name>StockDialog</name>
    <message>
        <location filename="../qml/stock/StockDialog.qml" line="15"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDialog.qml" line="98"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/stock/StockDialog.qml" line="103"/>
        <source>Cancel</source>
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
    <name>VariantDetailPanel</name>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="59"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="64"/>
        <source>MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="69"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="80"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="81"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="82"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="83"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="84"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="85"/>
        <source>Stock unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="87"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="88"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="88"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="92"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="93"/>
        <source>%1, changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="97"/>
        <source>Stock by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="109"/>
        <source>On hand %1 · reserved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="110"/>
        <source> · in transit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="125"/>
        <source>Not stocked at any location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="129"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="141"/>
        <source>  (in effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="147"/>
        <source>MRP %1 · GST %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="156"/>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="161"/>
        <source> · primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="167"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="172"/>
        <source>1 %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="177"/>
        <source>Attributes</source>
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
        <location filename="../ui/appcontroller.cpp" line="64"/>
        <location filename="../ui/appcontroller.cpp" line="202"/>
        <location filename="../ui/appcontroller.cpp" line="226"/>
        <source>Demo database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="65"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="88"/>
        <source>Deleting the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="98"/>
        <source>Another Stockroom window is already using the embedded demo database. Switch to that window, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="114"/>
        <source>Preparing the database (%1 of %2: %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="125"/>
        <source>Loading demo data: %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="144"/>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="227"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="161"/>
        <location filename="../ui/appcontroller.cpp" line="212"/>
        <source>This is the demo database: start it afresh with --reset-demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="234"/>
        <location filename="../ui/appcontroller.cpp" line="237"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="235"/>
        <source>Connection lost: %1 — reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CategoryModel</name>
    <message>
        <location filename="../ui/categorymodel.cpp" line="52"/>
        <source>All categories</source>
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
    <name>stockroom::LiveController</name>
    <message>
        <location filename="../ui/livecontroller.cpp" line="61"/>
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
        <location filename="../ui/stockcontroller.cpp" line="314"/>
        <source>Select a position in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="321"/>
        <source>Check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="352"/>
        <source>Choose what happened to the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="364"/>
        <source>Only %1 is available at %2; this would take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="382"/>
        <source>%1 %2 %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="403"/>
        <source>On hand %1 → %2 · available %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="417"/>
        <source>Choose where the stock is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="421"/>
        <source>Choose a location other than %1, where the stock is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="428"/>
        <source>Only %1 is available at %2 to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="435"/>
        <source>%1 of %2 sent from %3; it is in transit until received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="453"/>
        <source>That transfer is no longer listed; select the position again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="457"/>
        <source>Received %1 of %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="474"/>
        <source>Enter the batch number printed on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="484"/>
        <source>Enter the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="487"/>
        <source>Type a date such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="489"/>
        <source>This batch has expired; expired stock cannot be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="492"/>
        <location filename="../ui/stockcontroller.cpp" line="498"/>
        <source>Type a date such as %1, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="495"/>
        <source>The alert date must be on or before the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="502"/>
        <source>The manufacturing date cannot be after today or the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="514"/>
        <source>Batch %1 received: %2 of %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="530"/>
        <source>That batch is no longer listed; select the position again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="534"/>
        <source>Choose expiry or damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="544"/>
        <source>Batch %1 holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="547"/>
        <source>Batch %1 has nothing left to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="555"/>
        <source>%1 of batch %2 written off (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="587"/>
        <source>The connection to the database was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="588"/>
        <source>The database could not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stockcontroller.cpp" line="593"/>
        <source>Send it again once connected; it is recorded only once.</source>
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
    <name>stockroom::ToastModel</name>
    <message>
        <location filename="../ui/toastmodel.cpp" line="56"/>
        <source>1 more alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toastmodel.cpp" line="56"/>
        <source>%1 more alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toastmodel.cpp" line="57"/>
        <source>See them all on the Activity screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::VariantDetailController</name>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="133"/>
        <source>Could not load this item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="135"/>
        <source>This item no longer exists.</source>
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
