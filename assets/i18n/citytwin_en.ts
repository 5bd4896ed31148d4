<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityTwin Console</source>
        <translation>About CityTwin Console</translation>
    </message>
    <message>
        <source>CityTwin Console %1 — a digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console %1 — a digital twin and operations console for Tsukuba.</translation>
    </message>
    <message>
        <source>Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).</source>
        <translation>Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <source>e.g. shelter:12, school:3</source>
        <translation>e.g. shelter:12, school:3</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation>leave empty to keep</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>A disabled account cannot sign in; its history stays in the audit log</source>
        <translation>A disabled account cannot sign in; its history stays in the audit log</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Apply changes</translation>
    </message>
    <message>
        <source>Save the role, bindings and, if given, the new password of this account</source>
        <translation>Save the role, bindings and, if given, the new password of this account</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>e.g. tanaka</source>
        <translation>e.g. tanaka</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>e.g. 田中 花子</source>
        <translation>e.g. 田中 花子</translation>
    </message>
    <message>
        <source>What a shelter staff member or school liaison is responsible for: kind:key, separated by commas</source>
        <translation>What a shelter staff member or school liaison is responsible for: kind:key, separated by commas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n characters</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Create this operator&apos;s account</source>
        <translation>Create this operator&apos;s account</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>No active alarms.</source>
        <translation>No active alarms.</translation>
    </message>
    <message>
        <source>%1 active, %2 not acknowledged</source>
        <translation>%1 active, %2 not acknowledged</translation>
    </message>
    <message>
        <source>Your role cannot acknowledge alarms.</source>
        <translation>Your role cannot acknowledge alarms.</translation>
    </message>
    <message>
        <source>no recent reading</source>
        <translation>no recent reading</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>acknowledged by %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>Acknowledge alarm</translation>
    </message>
    <message>
        <source>Acknowledge the alarm of %1? It stays active until the readings fall back, but no longer escalates.</source>
        <translation>Acknowledge the alarm of %1? It stays active until the readings fall back, but no longer escalates.</translation>
    </message>
</context>
<context>
    <name>AlertPointsOverlay</name>
    <message>
        <source>Alert of today</source>
        <translation>Alert of today</translation>
    </message>
    <message numerus="yes">
        <source>Alert %n day(s) old</source>
        <translation>
            <numerusform>Alert %n day(s) old</numerusform>
            <numerusform>Alert %n day(s) old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near-repeat (within %1 m and %n day(s))</source>
        <translation>
            <numerusform>Near-repeat (within %1 m and %n day(s))</numerusform>
            <numerusform>Near-repeat (within %1 m and %n day(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 alerts in the last %2 days, places generalised to 100 m</source>
        <translation>%1 alerts in the last %2 days, places generalised to 100 m</translation>
    </message>
    <message>
        <source>%1 alerts in the last %2 days</source>
        <translation>%1 alerts in the last %2 days</translation>
    </message>
</context>
<context>
    <name>AssetInventory</name>
    <message>
        <source>unknown asset type</source>
        <translation>unknown asset type</translation>
    </message>
    <message>
        <source>unknown grade</source>
        <translation>unknown grade</translation>
    </message>
    <message>
        <source>the plan has no years</source>
        <translation>the plan has no years</translation>
    </message>
    <message>
        <source>the plan does not match the asset list</source>
        <translation>the plan does not match the asset list</translation>
    </message>
    <message>
        <source>the asset is not in the twin&apos;s inventory</source>
        <translation>the asset is not in the twin&apos;s inventory</translation>
    </message>
</context>
<context>
    <name>AssetReport</name>
    <message>
        <source>Assets and maintenance</source>
        <translation>Assets and maintenance</translation>
    </message>
    <message>
        <source>No asset inventory yet: the assets plugin&apos;s tables are created when the twin is first opened for writing.</source>
        <translation>No asset inventory yet: the assets plugin&apos;s tables are created when the twin is first opened for writing.</translation>
    </message>
    <message>
        <source>Assets by type and condition grade</source>
        <translation>Assets by type and condition grade</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>In grade III (early action needed)</source>
        <translation>In grade III (early action needed)</translation>
    </message>
    <message>
        <source>In grade IV (urgent action needed)</source>
        <translation>In grade IV (urgent action needed)</translation>
    </message>
    <message>
        <source>Latest maintenance plan %1, saved %2 by %3: %4–%5, %6 million yen a year; %7 interventions costing %8 million yen remove %9 million yen of risk.</source>
        <translation>Latest maintenance plan %1, saved %2 by %3: %4–%5, %6 million yen a year; %7 interventions costing %8 million yen remove %9 million yen of risk.</translation>
    </message>
    <message>
        <source>No maintenance plan has been saved.</source>
        <translation>No maintenance plan has been saved.</translation>
    </message>
</context>
<context>
    <name>AssetType</name>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Pavement</source>
        <translation>Pavement</translation>
    </message>
    <message>
        <source>Water main</source>
        <translation>Water main</translation>
    </message>
    <message>
        <source>Sewer</source>
        <translation>Sewer</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>no account named &quot;%1&quot;</source>
        <translation>no account named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the accounts</source>
        <translation>cannot read the accounts</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; has an unknown role &quot;%2&quot;</source>
        <translation>the account &quot;%1&quot; has an unknown role &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot write the bindings of &quot;%1&quot;</source>
        <translation>cannot write the bindings of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write the account &quot;%1&quot;</source>
        <translation>cannot write the account &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled administrator; make another administrator first</source>
        <translation>&quot;%1&quot; is the last enabled administrator; make another administrator first</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; is not an account name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a binding: use kind:key such as shelter:12 or school:3</source>
        <translation>&quot;%1&quot; is not a binding: use kind:key such as shelter:12 or school:3</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; changed since it signed in; sign in again</source>
        <translation>the account &quot;%1&quot; changed since it signed in; sign in again</translation>
    </message>
    <message>
        <source>the twin has accounts already; the first administrator is made only once</source>
        <translation>the twin has accounts already; the first administrator is made only once</translation>
    </message>
    <message>
        <source>&quot;system&quot; is not a role for an account</source>
        <translation>&quot;system&quot; is not a role for an account</translation>
    </message>
    <message>
        <source>an account named &quot;%1&quot; exists already</source>
        <translation>an account named &quot;%1&quot; exists already</translation>
    </message>
    <message>
        <source>sign in to change your password</source>
        <translation>sign in to change your password</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>the current password is wrong</translation>
    </message>
    <message>
        <source>unknown account or wrong password</source>
        <translation>unknown account or wrong password</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled</source>
        <translation>the account &quot;%1&quot; is disabled</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>a password needs at least %1 characters</translation>
    </message>
    <message>
        <source>a password may have at most %1 bytes</source>
        <translation>a password may have at most %1 bytes</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>not enough memory to hash the password</translation>
    </message>
</context>
<context>
    <name>BusRow</name>
    <message>
        <source>Change the bus&apos;s state (recorded in the audit log)</source>
        <translation>Change the bus&apos;s state (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Your role may not change bus states</source>
        <translation>Your role may not change bus states</translation>
    </message>
    <message>
        <source>Hydrogen on board as exportable energy; a full tank gives 235 kWh</source>
        <translation>Hydrogen on board as exportable energy; a full tank gives 235 kWh</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n characters</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CityGen</name>
    <message>
        <source>scale must be &gt; 0 and ≤ 64, got %1</source>
        <translation>scale must be &gt; 0 and ≤ 64, got %1</translation>
    </message>
    <message>
        <source>the real-data folder does not exist</source>
        <translation>the real-data folder does not exist</translation>
    </message>
    <message>
        <source>real data</source>
        <translation>real data</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>boundary</translation>
    </message>
    <message>
        <source>rivers</source>
        <translation>rivers</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>roads</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>buildings</translation>
    </message>
    <message>
        <source>school districts</source>
        <translation>school districts</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>transit</translation>
    </message>
    <message>
        <source>sensors</source>
        <translation>sensors</translation>
    </message>
    <message>
        <source>the file already exists; choose another name or remove it first</source>
        <translation>the file already exists; choose another name or remove it first</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>write boundary</source>
        <translation>write boundary</translation>
    </message>
    <message>
        <source>write buildings</source>
        <translation>write buildings</translation>
    </message>
    <message>
        <source>write road nodes</source>
        <translation>write road nodes</translation>
    </message>
    <message>
        <source>write roads</source>
        <translation>write roads</translation>
    </message>
    <message>
        <source>write water and facilities</source>
        <translation>write water and facilities</translation>
    </message>
    <message>
        <source>write transit and sensors</source>
        <translation>write transit and sensors</translation>
    </message>
    <message>
        <source>write metadata</source>
        <translation>write metadata</translation>
    </message>
    <message>
        <source>shelter capacities are estimated from the kind of site: GSI data has no capacity</source>
        <translation>shelter capacities are estimated from the kind of site: GSI data has no capacity</translation>
    </message>
    <message>
        <source>real-data file is missing</source>
        <translation>real-data file is missing</translation>
    </message>
    <message>
        <source>GDAL cannot read this file: %1</source>
        <translation>GDAL cannot read this file: %1</translation>
    </message>
    <message>
        <source>the file holds no layer</source>
        <translation>the file holds no layer</translation>
    </message>
    <message>
        <source>no polygon in the city boundary file</source>
        <translation>no polygon in the city boundary file</translation>
    </message>
    <message>
        <source>boundary coordinates could not be transformed to EPSG:6677</source>
        <translation>boundary coordinates could not be transformed to EPSG:6677</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>the column %1 is missing</translation>
    </message>
    <message>
        <source>feature %1 is not a point</source>
        <translation>feature %1 is not a point</translation>
    </message>
    <message>
        <source>feature %1 could not be transformed</source>
        <translation>feature %1 could not be transformed</translation>
    </message>
    <message>
        <source>feature %1 has no name</source>
        <translation>feature %1 has no name</translation>
    </message>
    <message>
        <source>line %1 could not be transformed</source>
        <translation>line %1 could not be transformed</translation>
    </message>
    <message>
        <source>no gauge in the file</source>
        <translation>no gauge in the file</translation>
    </message>
    <message>
        <source>school districts: %1 km² of detached cell parts were left out (concave outline)</source>
        <translation>school districts: %1 km² of detached cell parts were left out (concave outline)</translation>
    </message>
    <message>
        <source>line %1: %2/%3 are not numbers</source>
        <translation>line %1: %2/%3 are not numbers</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Export a twin layer as GeoJSON (WGS84), CSV (WGS84 lon/lat or WKT) or GeoPackage (the twin&apos;s CRS), or the road network as SUMO plain XML (nodes.nod.xml, edges.edg.xml) for netconvert.</source>
        <translation>Export a twin layer as GeoJSON (WGS84), CSV (WGS84 lon/lat or WKT) or GeoPackage (the twin&apos;s CRS), or the road network as SUMO plain XML (nodes.nod.xml, edges.edg.xml) for netconvert.</translation>
    </message>
    <message>
        <source>the twin (.gpkg) to read</source>
        <translation>the twin (.gpkg) to read</translation>
    </message>
    <message>
        <source>layer to export (not needed for sumo)</source>
        <translation>layer to export (not needed for sumo)</translation>
    </message>
    <message>
        <source>geojson, csv, gpkg or sumo</source>
        <translation>geojson, csv, gpkg or sumo</translation>
    </message>
    <message>
        <source>output file (a directory for sumo)</source>
        <translation>output file (a directory for sumo)</translation>
    </message>
    <message>
        <source>expected exactly one TWIN</source>
        <translation>expected exactly one TWIN</translation>
    </message>
    <message>
        <source>--format must be geojson, csv, gpkg or sumo</source>
        <translation>--format must be geojson, csv, gpkg or sumo</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT is required</translation>
    </message>
    <message>
        <source>--layer NAME is required for %1</source>
        <translation>--layer NAME is required for %1</translation>
    </message>
    <message>
        <source>SUMO network: %1 nodes, %2 edges in %3</source>
        <translation>SUMO network: %1 nodes, %2 edges in %3</translation>
    </message>
    <message>
        <source>%1: %2 features written to %3</source>
        <translation>%1: %2 features written to %3</translation>
    </message>
    <message>
        <source>Generate the deterministic demo city (Tsukuba-sized at scale 1: ≈ 256,000 people, ≈ 100,000 buildings, ≈ 50,000 road nodes, ≈ 125 shelters) into a new twin. The same seed and scale always give the same city. With --real-data, the real boundary, shelters, river gauges and weather stations replace the generated ones.</source>
        <translation>Generate the deterministic demo city (Tsukuba-sized at scale 1: ≈ 256,000 people, ≈ 100,000 buildings, ≈ 50,000 road nodes, ≈ 125 shelters) into a new twin. The same seed and scale always give the same city. With --real-data, the real boundary, shelters, river gauges and weather stations replace the generated ones.</translation>
    </message>
    <message>
        <source>multiplies counts and area (default 1; 0.01 for tests)</source>
        <translation>multiplies counts and area (default 1; 0.01 for tests)</translation>
    </message>
    <message>
        <source>random seed, a non-negative integer (default 1)</source>
        <translation>random seed, a non-negative integer (default 1)</translation>
    </message>
    <message>
        <source>folder like ../shared/data/tsukuba</source>
        <translation>folder like ../shared/data/tsukuba</translation>
    </message>
    <message>
        <source>the twin to create (.gpkg)</source>
        <translation>the twin to create (.gpkg)</translation>
    </message>
    <message>
        <source>replace the output file if it exists</source>
        <translation>replace the output file if it exists</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>no progress lines</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--scale must be a number &gt; 0 and &lt;= 64, got %1</source>
        <translation>--scale must be a number &gt; 0 and &lt;= 64, got %1</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer, got %1</source>
        <translation>--seed must be a non-negative integer, got %1</translation>
    </message>
    <message>
        <source>--real-data %1 is not a folder</source>
        <translation>--real-data %1 is not a folder</translation>
    </message>
    <message>
        <source>-o TWIN.gpkg is required</source>
        <translation>-o TWIN.gpkg is required</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it</source>
        <translation>%1 exists; use --force to replace it</translation>
    </message>
    <message>
        <source>%1 is not a regular file; refusing to replace it</source>
        <translation>%1 is not a regular file; refusing to replace it</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>Generated %1 (scale %2, seed %3) in %4 s</source>
        <translation>Generated %1 (scale %2, seed %3) in %4 s</translation>
    </message>
    <message>
        <source>  area %1 km², population %2</source>
        <translation>  area %1 km², population %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>  real data: boundary %1, shelters %2, gauges and weather stations %3</source>
        <translation>  real data: boundary %1, shelters %2, gauges and weather stations %3</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  note: %1</translation>
    </message>
    <message>
        <source>the twin (.gpkg) to import into</source>
        <translation>the twin (.gpkg) to import into</translation>
    </message>
    <message>
        <source>one or more files to import</source>
        <translation>one or more files to import</translation>
    </message>
    <message>
        <source>target layer for generic sources</source>
        <translation>target layer for generic sources</translation>
    </message>
    <message>
        <source>CSV column with longitude / easting</source>
        <translation>CSV column with longitude / easting</translation>
    </message>
    <message>
        <source>CSV column with latitude / northing</source>
        <translation>CSV column with latitude / northing</translation>
    </message>
    <message>
        <source>source CRS, overriding the file&apos;s (EPSG:N)</source>
        <translation>source CRS, overriding the file&apos;s (EPSG:N)</translation>
    </message>
    <message>
        <source>generic sources: field holding the stable id</source>
        <translation>generic sources: field holding the stable id</translation>
    </message>
    <message>
        <source>import the good rows of a file with bad rows, listing every skipped row</source>
        <translation>import the good rows of a file with bad rows, listing every skipped row</translation>
    </message>
    <message>
        <source>print a JSON summary per file</source>
        <translation>print a JSON summary per file</translation>
    </message>
    <message>
        <source>create TWIN first when it does not exist</source>
        <translation>create TWIN first when it does not exist</translation>
    </message>
    <message>
        <source>expected TWIN and at least one FILE</source>
        <translation>expected TWIN and at least one FILE</translation>
    </message>
    <message>
        <source>--lon-field and --lat-field go together</source>
        <translation>--lon-field and --lat-field go together</translation>
    </message>
    <message>
        <source>--crs expects AUTHORITY:CODE, e.g. EPSG:4326</source>
        <translation>--crs expects AUTHORITY:CODE, e.g. EPSG:4326</translation>
    </message>
    <message>
        <source> %1 %2 imported, %3 updated;</source>
        <translation> %1 %2 imported, %3 updated;</translation>
    </message>
    <message>
        <source> %1 skipped</source>
        <translation> %1 skipped</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  skipped %1: %2</translation>
    </message>
    <message>
        <source>Usage: citytwin-cli info TWIN [--json]
Shows a twin&apos;s layers with their feature counts and CRS, its schema versions
(core and each plugin) and the plugins&apos; operational tables.
  --json   print the same as one JSON object
</source>
        <translation>Usage: citytwin-cli info TWIN [--json]
Shows a twin&apos;s layers with their feature counts and CRS, its schema versions
(core and each plugin) and the plugins&apos; operational tables.
  --json   print the same as one JSON object
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>one twin at a time (got %1 and %2)</source>
        <translation>one twin at a time (got %1 and %2)</translation>
    </message>
    <message>
        <source>which twin? </source>
        <translation>which twin? </translation>
    </message>
    <message>
        <source>Twin:    </source>
        <translation>Twin:    </translation>
    </message>
    <message>
        <source>File:    </source>
        <translation>File:    </translation>
    </message>
    <message>
        <source>CRS:     </source>
        <translation>CRS:     </translation>
    </message>
    <message>
        <source>Schemas:</source>
        <translation>Schemas:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Layers:</translation>
    </message>
    <message>
        <source>  %1 %2 %3 features, EPSG:%4%5
</source>
        <translation>  %1 %2 %3 features, EPSG:%4%5
</translation>
    </message>
    <message>
        <source> (no spatial index)</source>
        <translation> (no spatial index)</translation>
    </message>
    <message>
        <source>Plugin tables: </source>
        <translation>Plugin tables: </translation>
    </message>
    <message>
        <source>layers, CRS, schema versions and plugin tables of a twin</source>
        <translation>layers, CRS, schema versions and plugin tables of a twin</translation>
    </message>
    <message>
        <source>generate the demo city at any scale</source>
        <translation>generate the demo city at any scale</translation>
    </message>
    <message>
        <source>import GIS files (GSI, PLATEAU, OSM, CSV, any GDAL source)</source>
        <translation>import GIS files (GSI, PLATEAU, OSM, CSV, any GDAL source)</translation>
    </message>
    <message>
        <source>export a layer (GeoJSON, CSV, GeoPackage, SUMO)</source>
        <translation>export a layer (GeoJSON, CSV, GeoPackage, SUMO)</translation>
    </message>
    <message>
        <source>Usage: citytwin-cli COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>Usage: citytwin-cli COMMAND [ARGUMENTS]

Commands:
</translation>
    </message>
    <message>
        <source>
&apos;citytwin-cli COMMAND --help&apos; explains a command.
</source>
        <translation>
&apos;citytwin-cli COMMAND --help&apos; explains a command.
</translation>
    </message>
    <message>
        <source>
Global option, before COMMAND:
  --lang ja|en   language of the messages (default: the system&apos;s)
</source>
        <translation>
Global option, before COMMAND:
  --lang ja|en   language of the messages (default: the system&apos;s)
</translation>
    </message>
    <message>
        <source>citytwin-cli: --lang takes ja or en, not &quot;%1&quot;</source>
        <translation>citytwin-cli: --lang takes ja or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>citytwin-cli: unknown command &quot;%1&quot;</source>
        <translation>citytwin-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fastest route between two positions, avoiding closed roads</source>
        <translation>fastest route between two positions, avoiding closed roads</translation>
    </message>
    <message>
        <source>Fastest route between two WGS84 positions on the twin&apos;s roads (each end snapped to the nearest road node), avoiding closed roads.</source>
        <translation>Fastest route between two WGS84 positions on the twin&apos;s roads (each end snapped to the nearest road node), avoiding closed roads.</translation>
    </message>
    <message>
        <source>start as longitude,latitude (WGS84)</source>
        <translation>start as longitude,latitude (WGS84)</translation>
    </message>
    <message>
        <source>destination as longitude,latitude (WGS84)</source>
        <translation>destination as longitude,latitude (WGS84)</translation>
    </message>
    <message>
        <source>car (default) or walk</source>
        <translation>car (default) or walk</translation>
    </message>
    <message>
        <source>road ids to treat as closed, comma-separated</source>
        <translation>road ids to treat as closed, comma-separated</translation>
    </message>
    <message>
        <source>print a GeoJSON Feature (path in WGS84) instead of text</source>
        <translation>print a GeoJSON Feature (path in WGS84) instead of text</translation>
    </message>
    <message>
        <source>--from and --to must be given as LON,LAT in degrees</source>
        <translation>--from and --to must be given as LON,LAT in degrees</translation>
    </message>
    <message>
        <source>--mode must be car or walk</source>
        <translation>--mode must be car or walk</translation>
    </message>
    <message>
        <source>--close expects road ids, not &quot;%1&quot;</source>
        <translation>--close expects road ids, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the twin has no roads</source>
        <translation>the twin has no roads</translation>
    </message>
    <message>
        <source>cannot transform the positions to EPSG:6677</source>
        <translation>cannot transform the positions to EPSG:6677</translation>
    </message>
    <message>
        <source>warning: no road %1 to close</source>
        <translation>warning: no road %1 to close</translation>
    </message>
    <message>
        <source>no route from node %1 to node %2 by %3 with the given closures</source>
        <translation>no route from node %1 to node %2 by %3 with the given closures</translation>
    </message>
    <message>
        <source>%1 route: %2 min, %3 km, from node %4 to node %5</source>
        <translation>%1 route: %2 min, %3 km, from node %4 to node %5</translation>
    </message>
    <message>
        <source>roads: %1</source>
        <translation>roads: %1</translation>
    </message>
    <message>
        <source>run a simulation scenario and print its KPIs; compare recorded runs</source>
        <translation>run a simulation scenario and print its KPIs; compare recorded runs</translation>
    </message>
    <message>
        <source>--compare expects two run ids (numbers)</source>
        <translation>--compare expects two run ids (numbers)</translation>
    </message>
    <message>
        <source>Run a simulation scenario on a twin without the console and print its KPIs, or compare two recorded runs.</source>
        <translation>Run a simulation scenario on a twin without the console and print its KPIs, or compare two recorded runs.</translation>
    </message>
    <message>
        <source>the scenario (.json; see share/citytwin/scenarios)</source>
        <translation>the scenario (.json; see share/citytwin/scenarios)</translation>
    </message>
    <message>
        <source>the twin (.gpkg)</source>
        <translation>the twin (.gpkg)</translation>
    </message>
    <message>
        <source>replaces the scenario&apos;s seed</source>
        <translation>replaces the scenario&apos;s seed</translation>
    </message>
    <message>
        <source>stop at this simulated time (HH:MM[:SS])</source>
        <translation>stop at this simulated time (HH:MM[:SS])</translation>
    </message>
    <message>
        <source>record the run (events, samples, KPIs) in the twin</source>
        <translation>record the run (events, samples, KPIs) in the twin</translation>
    </message>
    <message>
        <source>print the KPIs as JSON</source>
        <translation>print the KPIs as JSON</translation>
    </message>
    <message>
        <source>compare two recorded runs: --compare RUN1 --compare RUN2, or --compare RUN1,RUN2</source>
        <translation>compare two recorded runs: --compare RUN1 --compare RUN2, or --compare RUN1,RUN2</translation>
    </message>
    <message>
        <source>gridlock breaker: a vehicle blocked this long moves into a full link (HH:MM[:SS]; 00:00 = never, the default)</source>
        <translation>gridlock breaker: a vehicle blocked this long moves into a full link (HH:MM[:SS]; 00:00 = never, the default)</translation>
    </message>
    <message>
        <source>no progress bar even on a terminal</source>
        <translation>no progress bar even on a terminal</translation>
    </message>
    <message>
        <source>--twin TWIN is required</source>
        <translation>--twin TWIN is required</translation>
    </message>
    <message>
        <source>--compare needs exactly two run ids</source>
        <translation>--compare needs exactly two run ids</translation>
    </message>
    <message>
        <source>expected exactly one SCENARIO</source>
        <translation>expected exactly one SCENARIO</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0, not &quot;%1&quot;</source>
        <translation>--seed must be a whole number ≥ 0, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--until: expected a duration like &quot;00:30&quot;, not &quot;%1&quot;</source>
        <translation>--until: expected a duration like &quot;00:30&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--stuck-time: expected a duration like &quot;00:05&quot;, not &quot;%1&quot;</source>
        <translation>--stuck-time: expected a duration like &quot;00:05&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>invalid scenario</source>
        <translation>invalid scenario</translation>
    </message>
    <message>
        <source>Manage the operators&apos; accounts of a twin.

Actions:
  init-admin --name NAME [--display TEXT] --password-stdin
                 create the first administrator (only while the twin has no account)
  add --name NAME --role ROLE [--display TEXT] [--bind KIND:KEY]... --password-stdin
                 add an operator
  list [--json]  list the accounts (never their passwords)
  passwd --name NAME --password-stdin
                 set an account&apos;s password
  disable --name NAME, enable --name NAME
                 stop or allow an account&apos;s sign-in
  bind --name NAME [--bind KIND:KEY]...
                 replace an account&apos;s bindings (none clears them)
  role --name NAME --role ROLE
                 change an account&apos;s role

Roles: administrator, hq-commander, shelter-staff, planner, mobility-dispatcher, police-liaison,
school-liaison, viewer. Passwords have at least 8 characters and are read from the first line
of standard input, so they never show in the process list or the shell&apos;s history.</source>
        <translation>Manage the operators&apos; accounts of a twin.

Actions:
  init-admin --name NAME [--display TEXT] --password-stdin
                 create the first administrator (only while the twin has no account)
  add --name NAME --role ROLE [--display TEXT] [--bind KIND:KEY]... --password-stdin
                 add an operator
  list [--json]  list the accounts (never their passwords)
  passwd --name NAME --password-stdin
                 set an account&apos;s password
  disable --name NAME, enable --name NAME
                 stop or allow an account&apos;s sign-in
  bind --name NAME [--bind KIND:KEY]...
                 replace an account&apos;s bindings (none clears them)
  role --name NAME --role ROLE
                 change an account&apos;s role

Roles: administrator, hq-commander, shelter-staff, planner, mobility-dispatcher, police-liaison,
school-liaison, viewer. Passwords have at least 8 characters and are read from the first line
of standard input, so they never show in the process list or the shell&apos;s history.</translation>
    </message>
    <message>
        <source>what to do (see above)</source>
        <translation>what to do (see above)</translation>
    </message>
    <message>
        <source>the account&apos;s sign-in name</source>
        <translation>the account&apos;s sign-in name</translation>
    </message>
    <message>
        <source>the name shown in the console</source>
        <translation>the name shown in the console</translation>
    </message>
    <message>
        <source>the account&apos;s role</source>
        <translation>the account&apos;s role</translation>
    </message>
    <message>
        <source>a binding such as shelter:12 (repeatable)</source>
        <translation>a binding such as shelter:12 (repeatable)</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>read the password from the first line of standard input</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>list as JSON</translation>
    </message>
    <message>
        <source>expected TWIN and one of %1</source>
        <translation>expected TWIN and one of %1</translation>
    </message>
    <message>
        <source>%1 needs --name NAME</source>
        <translation>%1 needs --name NAME</translation>
    </message>
    <message>
        <source>%1 reads the password from standard input: add --password-stdin (a password is never taken from the command line)</source>
        <translation>%1 reads the password from standard input: add --password-stdin (a password is never taken from the command line)</translation>
    </message>
    <message>
        <source>%1 needs --role ROLE</source>
        <translation>%1 needs --role ROLE</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No accounts; create the first administrator with &apos;citytwin-cli account TWIN init-admin --name NAME --password-stdin&apos;.</source>
        <translation>No accounts; create the first administrator with &apos;citytwin-cli account TWIN init-admin --name NAME --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1: done (%2)</translation>
    </message>
    <message>
        <source>plugin %1 not loaded: %2</source>
        <translation>plugin %1 not loaded: %2</translation>
    </message>
    <message>
        <source>--format must be cap, mail, geojson or csv for %1</source>
        <translation>--format must be cap, mail, geojson or csv for %1</translation>
    </message>
    <message>
        <source>%1 needs --as ROLE (police-liaison, school-liaison, hq-commander, planner, …): the export holds what that role may see</source>
        <translation>%1 needs --as ROLE (police-liaison, school-liaison, hq-commander, planner, …): the export holds what that role may see</translation>
    </message>
    <message>
        <source>%1: %2 alerts written to %3 as %4</source>
        <translation>%1: %2 alerts written to %3 as %4</translation>
    </message>
    <message>
        <source>safety_alerts: export what this role may see (format cap or mail: a directory; geojson or csv)</source>
        <translation>safety_alerts: export what this role may see (format cap or mail: a directory; geojson or csv)</translation>
    </message>
    <message>
        <source>with --as: a scope the operator is bound to, e.g. school:12 (repeatable)</source>
        <translation>with --as: a scope the operator is bound to, e.g. school:12 (repeatable)</translation>
    </message>
    <message>
        <source>operators&apos; accounts: first administrator, add, list, passwords</source>
        <translation>operators&apos; accounts: first administrator, add, list, passwords</translation>
    </message>
    <message>
        <source>write the situation report of a twin as a PDF</source>
        <translation>write the situation report of a twin as a PDF</translation>
    </message>
    <message>
        <source>Write the situation report of a twin as a PDF: a map of the city and the sections of the loaded plugins (shelters, damage, power …). The twin is only read.</source>
        <translation>Write the situation report of a twin as a PDF: a map of the city and the sections of the loaded plugins (shelters, damage, power …). The twin is only read.</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>the PDF to write</translation>
    </message>
    <message>
        <source>the moment the report describes, ISO 8601 (2026-03-11T14:46, local time unless an offset is given; default: now)</source>
        <translation>the moment the report describes, ISO 8601 (2026-03-11T14:46, local time unless an offset is given; default: now)</translation>
    </message>
    <message>
        <source>language of the report: ja or en (default: that of the messages)</source>
        <translation>language of the report: ja or en (default: that of the messages)</translation>
    </message>
    <message>
        <source>name shown as the report&apos;s operator (default: the system account)</source>
        <translation>name shown as the report&apos;s operator (default: the system account)</translation>
    </message>
    <message>
        <source>--lang takes ja or en, not &quot;%1&quot;</source>
        <translation>--lang takes ja or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-o REPORT.pdf is required</source>
        <translation>-o REPORT.pdf is required</translation>
    </message>
    <message>
        <source>--at: cannot read &quot;%1&quot; as a time; use ISO 8601, e.g. 2026-03-11T14:46 or 2026-03-11T14:46+09:00</source>
        <translation>--at: cannot read &quot;%1&quot; as a time; use ISO 8601, e.g. 2026-03-11T14:46 or 2026-03-11T14:46+09:00</translation>
    </message>
    <message>
        <source>is a folder; -o names the PDF to write</source>
        <translation>is a folder; -o names the PDF to write</translation>
    </message>
    <message>
        <source>painting the report needs a QGuiApplication</source>
        <translation>painting the report needs a QGuiApplication</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>route as if the roads closed in the twin&apos;s live state (road_closure) were open</source>
        <translation>route as if the roads closed in the twin&apos;s live state (road_closure) were open</translation>
    </message>
    <message numerus="yes">
        <source>closed in the live state: %n road(s)</source>
        <translation>
            <numerusform>closed in the live state: %n road(s)</numerusform>
            <numerusform>closed in the live state: %n road(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>spacing of the recorded samples (snapshots for replay; HH:MM[:SS], default 00:05)</source>
        <translation>spacing of the recorded samples (snapshots for replay; HH:MM[:SS], default 00:05)</translation>
    </message>
    <message>
        <source>also load domain plugins (their simulation models) from this folder; may be repeated</source>
        <translation>also load domain plugins (their simulation models) from this folder; may be repeated</translation>
    </message>
    <message>
        <source>--sample-interval: expected a duration longer than 00:00 like &quot;00:05&quot; or &quot;00:00:30&quot;, not &quot;%1&quot;</source>
        <translation>--sample-interval: expected a duration longer than 00:00 like &quot;00:05&quot; or &quot;00:00:30&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot run on the twin %1 with the loaded plugins</source>
        <translation>cannot run on the twin %1 with the loaded plugins</translation>
    </message>
    <message>
        <source>Usage: citytwin-cli ingest TWIN --mqtt HOST:PORT [--topics PATTERN] [--for DURATION]
       citytwin-cli ingest TWIN --csv FILE
Stores sensor readings in the twin and evaluates the alarms.
  --mqtt HOST:PORT   subscribe to an MQTT broker (SensorThings v1.1/Datastreams(id)/Observations,
                     ngsi-ld/…, amedas/yyyyMMddHHmmss, or a bare value on a mapped topic)
  --topics PATTERN   topic filter, comma-separated (default #)
  --for DURATION     how long to listen: 30s, 5m, 1h (default 60s)
  --csv FILE         columns sensor,time,value[,unit][,quality]
</source>
        <translation>Usage: citytwin-cli ingest TWIN --mqtt HOST:PORT [--topics PATTERN] [--for DURATION]
       citytwin-cli ingest TWIN --csv FILE
Stores sensor readings in the twin and evaluates the alarms.
  --mqtt HOST:PORT   subscribe to an MQTT broker (SensorThings v1.1/Datastreams(id)/Observations,
                     ngsi-ld/…, amedas/yyyyMMddHHmmss, or a bare value on a mapped topic)
  --topics PATTERN   topic filter, comma-separated (default #)
  --for DURATION     how long to listen: 30s, 5m, 1h (default 60s)
  --csv FILE         columns sensor,time,value[,unit][,quality]
</translation>
    </message>
    <message>
        <source>--for: expected a duration like 30s, 5m or 1h, got &quot;%1&quot;</source>
        <translation>--for: expected a duration like 30s, 5m or 1h, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a twin and exactly one of --mqtt or --csv</source>
        <translation>a twin and exactly one of --mqtt or --csv</translation>
    </message>
    <message>
        <source>--mqtt: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--mqtt: expected HOST:PORT, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>registered %1 sensors from sensor_sites</source>
        <translation>registered %1 sensors from sensor_sites</translation>
    </message>
    <message>
        <source>never connected to %1: %2</source>
        <translation>never connected to %1: %2</translation>
    </message>
    <message>
        <source>active alarms: %1</source>
        <translation>active alarms: %1</translation>
    </message>
    <message>
        <source>sensor readings from MQTT or CSV into the twin, with alarms</source>
        <translation>sensor readings from MQTT or CSV into the twin, with alarms</translation>
    </message>
    <message>
        <source>the readings of one sensor, raw or per time bucket</source>
        <translation>the readings of one sensor, raw or per time bucket</translation>
    </message>
    <message>
        <source>Usage: citytwin-cli series TWIN SENSOR [--from T] [--to T] [--bucket DURATION] [--json]
The readings of one sensor (its id, source id or a feed alias such as sta:12).
  --from T, --to T   ISO 8601 with a zone, or ms since the epoch (default: everything)
  --bucket DURATION  exact min/max/mean/count per bucket: 10m, 1h, 1d
  --json             one JSON object
</source>
        <translation>Usage: citytwin-cli series TWIN SENSOR [--from T] [--to T] [--bucket DURATION] [--json]
The readings of one sensor (its id, source id or a feed alias such as sta:12).
  --from T, --to T   ISO 8601 with a zone, or ms since the epoch (default: everything)
  --bucket DURATION  exact min/max/mean/count per bucket: 10m, 1h, 1d
  --json             one JSON object
</translation>
    </message>
    <message>
        <source>%1: expected ISO 8601 with a zone or ms since the epoch, got &quot;%2&quot;</source>
        <translation>%1: expected ISO 8601 with a zone or ms since the epoch, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--bucket: expected a duration like 10m, 1h or 1d, got &quot;%1&quot;</source>
        <translation>--bucket: expected a duration like 10m, 1h or 1d, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a twin and a sensor</source>
        <translation>a twin and a sensor</translation>
    </message>
    <message>
        <source>%1 has no sensor registry yet (run citytwin-cli ingest first)</source>
        <translation>%1 has no sensor registry yet (run citytwin-cli ingest first)</translation>
    </message>
    <message>
        <source>no sensor &quot;%1&quot;</source>
        <translation>no sensor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--bucket needs --from</source>
        <translation>--bucket needs --from</translation>
    </message>
    <message>
        <source>%1: no safety data yet in %2: the safety plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command)</source>
        <translation>%1: no safety data yet in %2: the safety plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command)</translation>
    </message>
    <message>
        <source>schemas: %1</source>
        <translation>schemas: %1</translation>
    </message>
    <message>
        <source>Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged. A domain plugin that recognises a file (GTFS zip, GTFS-Realtime feed, police crime CSV, …) imports it, as File → Import does. A FILE may be an http(s) URL: it is fetched once and imported like a saved file.</source>
        <translation>Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged. A domain plugin that recognises a file (GTFS zip, GTFS-Realtime feed, police crime CSV, …) imports it, as File → Import does. A FILE may be an http(s) URL: it is fetched once and imported like a saved file.</translation>
    </message>
    <message>
        <source>also load domain plugins from DIR (repeatable)</source>
        <translation>also load domain plugins from DIR (repeatable)</translation>
    </message>
    <message>
        <source>URLs: give up after SECONDS without a complete answer (default 30)</source>
        <translation>URLs: give up after SECONDS without a complete answer (default 30)</translation>
    </message>
    <message>
        <source>--timeout expects seconds above 0 and at most 3600, got %1</source>
        <translation>--timeout expects seconds above 0 and at most 3600, got %1</translation>
    </message>
    <message>
        <source>not an http(s) URL</source>
        <translation>not an http(s) URL</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>the server answered HTTP %1 %2</translation>
    </message>
    <message>
        <source>cannot fetch: %1</source>
        <translation>cannot fetch: %1</translation>
    </message>
    <message>
        <source>the server sent an empty answer</source>
        <translation>the server sent an empty answer</translation>
    </message>
    <message>
        <source>cannot write the fetched data: %1</source>
        <translation>cannot write the fetched data: %1</translation>
    </message>
</context>
<context>
    <name>CompareRunsCharts</name>
    <message>
        <source>Share evacuated over time</source>
        <translation>Share evacuated over time</translation>
    </message>
    <message>
        <source>minutes of simulated time</source>
        <translation>minutes of simulated time</translation>
    </message>
    <message>
        <source>Run A (#%1)</source>
        <translation>Run A (#%1)</translation>
    </message>
    <message>
        <source>Run B (#%1)</source>
        <translation>Run B (#%1)</translation>
    </message>
    <message>
        <source>Second chart:</source>
        <translation>Second chart:</translation>
    </message>
    <message>
        <source>% of those who set out</source>
        <translation>% of those who set out</translation>
    </message>
</context>
<context>
    <name>CompareRunsDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Compare runs</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>Run A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>Run B</translation>
    </message>
    <message>
        <source>This twin has no recorded runs. Run a scenario on the timeline and record it, then record another (another seed or scenario) to compare.</source>
        <translation>This twin has no recorded runs. Run a scenario on the timeline and record it, then record another (another seed or scenario) to compare.</translation>
    </message>
    <message>
        <source>Only one run is recorded in this twin; record another to compare.</source>
        <translation>Only one run is recorded in this twin; record another to compare.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>CityTwin Console — digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console — digital twin and operations console for Tsukuba.</translation>
    </message>
    <message>
        <source>Open the twin FILE.</source>
        <translation>Open the twin FILE.</translation>
    </message>
    <message>
        <source>Render the first complete frame to OUT.png and exit.</source>
        <translation>Render the first complete frame to OUT.png and exit.</translation>
    </message>
    <message>
        <source>Start in the 2d map or the 3d view.</source>
        <translation>Start in the 2d map or the 3d view.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Window size, e.g. 1280x800.</translation>
    </message>
    <message>
        <source>List the plugins with their status and exit.</source>
        <translation>List the plugins with their status and exit.</translation>
    </message>
    <message>
        <source>Use this language for this run.</source>
        <translation>Use this language for this run.</translation>
    </message>
    <message>
        <source>Also load plugins from DIR.</source>
        <translation>Also load plugins from DIR.</translation>
    </message>
    <message>
        <source>Seconds to wait for the first frame with --screenshot.</source>
        <translation>Seconds to wait for the first frame with --screenshot.</translation>
    </message>
    <message>
        <source>The twin to open.</source>
        <translation>The twin to open.</translation>
    </message>
    <message>
        <source>Import FILE into the twin at start (repeatable).</source>
        <translation>Import FILE into the twin at start (repeatable).</translation>
    </message>
    <message>
        <source>Try &apos;citytwin --help&apos;.</source>
        <translation>Try &apos;citytwin --help&apos;.</translation>
    </message>
    <message>
        <source>--view takes 2d or 3d, not &quot;%1&quot;</source>
        <translation>--view takes 2d or 3d, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT such as 1280x720, not &quot;%1&quot;</source>
        <translation>--size takes WIDTHxHEIGHT such as 1280x720, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang takes ja or en, not &quot;%1&quot;</source>
        <translation>--lang takes ja or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--import needs a twin to import into (--twin FILE)</source>
        <translation>--import needs a twin to import into (--twin FILE)</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout takes a positive number of seconds</translation>
    </message>
    <message>
        <source>--screenshot needs a twin (--twin FILE)</source>
        <translation>--screenshot needs a twin (--twin FILE)</translation>
    </message>
    <message>
        <source>Centre the first view on this WGS84 position.</source>
        <translation>Centre the first view on this WGS84 position.</translation>
    </message>
    <message>
        <source>Scale of the first view in metres per pixel.</source>
        <translation>Scale of the first view in metres per pixel.</translation>
    </message>
    <message>
        <source>--center takes LON,LAT in degrees such as 140.1115,36.0825, not &quot;%1&quot;</source>
        <translation>--center takes LON,LAT in degrees such as 140.1115,36.0825, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--zoom takes a positive number of metres per pixel, not &quot;%1&quot;</source>
        <translation>--zoom takes a positive number of metres per pixel, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Start a simulation of the scenario FILE on the twin.</source>
        <translation>Start a simulation of the scenario FILE on the twin.</translation>
    </message>
    <message>
        <source>Run the simulation to this simulated time, then pause.</source>
        <translation>Run the simulation to this simulated time, then pause.</translation>
    </message>
    <message>
        <source>--scenario needs a twin to simulate on (--twin FILE)</source>
        <translation>--scenario needs a twin to simulate on (--twin FILE)</translation>
    </message>
    <message>
        <source>--until goes with --scenario</source>
        <translation>--until goes with --scenario</translation>
    </message>
    <message>
        <source>Sign in to the twin as NAME, with the password in the environment variable CITYTWIN_PASSWORD.</source>
        <translation>Sign in to the twin as NAME, with the password in the environment variable CITYTWIN_PASSWORD.</translation>
    </message>
    <message>
        <source>--operator needs a twin to sign in to (--twin FILE)</source>
        <translation>--operator needs a twin to sign in to (--twin FILE)</translation>
    </message>
    <message>
        <source>--import needs an operator allowed to import (--operator NAME)</source>
        <translation>--import needs an operator allowed to import (--operator NAME)</translation>
    </message>
    <message>
        <source>Show the domain panel of the plugin ID (e.g. shelters) at start.</source>
        <translation>Show the domain panel of the plugin ID (e.g. shelters) at start.</translation>
    </message>
    <message>
        <source>--panel %1: no loaded plugin has a panel with that id (panels: %2)</source>
        <translation>--panel %1: no loaded plugin has a panel with that id (panels: %2)</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>the twin has no damage reports yet (the damage plugin&apos;s schema has not been applied to it)</source>
        <translation>the twin has no damage reports yet (the damage plugin&apos;s schema has not been applied to it)</translation>
    </message>
    <message>
        <source>damage report %1 has no readable point</source>
        <translation>damage report %1 has no readable point</translation>
    </message>
    <message>
        <source>there is no damage report %1</source>
        <translation>there is no damage report %1</translation>
    </message>
    <message>
        <source>duplicate search needs a radius and a time window above 0</source>
        <translation>duplicate search needs a radius and a time window above 0</translation>
    </message>
    <message>
        <source>duplicate search needs a report time</source>
        <translation>duplicate search needs a report time</translation>
    </message>
    <message>
        <source>the photo is empty</source>
        <translation>the photo is empty</translation>
    </message>
    <message>
        <source>the photo has %1 MiB; at most %2 MiB are accepted</source>
        <translation>the photo has %1 MiB; at most %2 MiB are accepted</translation>
    </message>
    <message>
        <source>the photo is not a JPEG or PNG image</source>
        <translation>the photo is not a JPEG or PNG image</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>DamageCategory</name>
    <message>
        <source>Building collapse</source>
        <extracomment>Japanese: 建物倒壊</extracomment>
        <translation>Building collapse</translation>
    </message>
    <message>
        <source>Road blocked</source>
        <extracomment>Japanese: 道路閉塞</extracomment>
        <translation>Road blocked</translation>
    </message>
    <message>
        <source>Flooding</source>
        <extracomment>Japanese: 浸水</extracomment>
        <translation>Flooding</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>Japanese: 火災</extracomment>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Landslide</source>
        <extracomment>Japanese: 土砂災害</extracomment>
        <translation>Landslide</translation>
    </message>
    <message>
        <source>Power or utility outage</source>
        <extracomment>Japanese: 停電・ライフライン途絶</extracomment>
        <translation>Power or utility outage</translation>
    </message>
</context>
<context>
    <name>DamageReport</name>
    <message>
        <source>Damage reports</source>
        <translation>Damage reports</translation>
    </message>
    <message>
        <source>The damage reports cannot be read: %1</source>
        <translation>The damage reports cannot be read: %1</translation>
    </message>
    <message>
        <source>No damage had been reported by this time.</source>
        <translation>No damage had been reported by this time.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Open (new, verified, assigned)</source>
        <translation>Open (new, verified, assigned)</translation>
    </message>
    <message>
        <source>Open with severity 4–5</source>
        <translation>Open with severity 4–5</translation>
    </message>
    <message>
        <source>Road links closed by reports</source>
        <translation>Road links closed by reports</translation>
    </message>
    <message>
        <source>Reports by category and triage state</source>
        <translation>Reports by category and triage state</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>No damage data yet: the damage plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</source>
        <translation>No damage data yet: the damage plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>not a readable CSV table (%1)</source>
        <translation>not a readable CSV table (%1)</translation>
    </message>
    <message>
        <source>GDAL gave no reason</source>
        <translation>GDAL gave no reason</translation>
    </message>
    <message>
        <source>the header line has fewer than two columns</source>
        <translation>the header line has fewer than two columns</translation>
    </message>
    <message>
        <source>missing coordinates (longitude &quot;%1&quot;, latitude &quot;%2&quot;)</source>
        <translation>missing coordinates (longitude &quot;%1&quot;, latitude &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>coordinates are not numbers (longitude &quot;%1&quot;, latitude &quot;%2&quot;)</source>
        <translation>coordinates are not numbers (longitude &quot;%1&quot;, latitude &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>position outside Japan (longitude %1, latitude %2)</source>
        <translation>position outside Japan (longitude %1, latitude %2)</translation>
    </message>
    <message>
        <source>position cannot be transformed (%1, %2)</source>
        <translation>position cannot be transformed (%1, %2)</translation>
    </message>
    <message>
        <source>position outside Japan (x %1, y %2 in %3)</source>
        <translation>position outside Japan (x %1, y %2 in %3)</translation>
    </message>
    <message>
        <source>no importer for this content</source>
        <translation>no importer for this content</translation>
    </message>
    <message>
        <source>every row was skipped; nothing imported</source>
        <translation>every row was skipped; nothing imported</translation>
    </message>
    <message>
        <source>no features to import</source>
        <translation>no features to import</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>is a directory, not a file</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>cannot read the file (%1)</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8 (or Shift_JIS)</source>
        <translation>UTF-16 text is not supported; save the file as UTF-8 (or Shift_JIS)</translation>
    </message>
    <message>
        <source>file holds only white space</source>
        <translation>file holds only white space</translation>
    </message>
    <message>
        <source>looks like XML but has no root element (truncated or malformed)</source>
        <translation>looks like XML but has no root element (truncated or malformed)</translation>
    </message>
    <message>
        <source>XML with root element &lt;%1&gt; is not a format the console imports</source>
        <translation>XML with root element &lt;%1&gt; is not a format the console imports</translation>
    </message>
    <message>
        <source>text is neither UTF-8 nor Shift_JIS</source>
        <translation>text is neither UTF-8 nor Shift_JIS</translation>
    </message>
    <message>
        <source>unrecognised content: not GeoJSON, CSV, CityGML, OSM or any vector format GDAL reads</source>
        <translation>unrecognised content: not GeoJSON, CSV, CityGML, OSM or any vector format GDAL reads</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>polygons</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no point, line or polygon geometries</source>
        <translation>layer &quot;%1&quot; has no point, line or polygon geometries</translation>
    </message>
    <message>
        <source>%1 in a layer of %2</source>
        <translation>%1 in a layer of %2</translation>
    </message>
    <message>
        <source>geometry cannot be transformed to the twin&apos;s CRS</source>
        <translation>geometry cannot be transformed to the twin&apos;s CRS</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no features</source>
        <translation>layer &quot;%1&quot; has no features</translation>
    </message>
    <message>
        <source>no layer with geometries</source>
        <translation>no layer with geometries</translation>
    </message>
    <message>
        <source>layer name &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation>layer name &quot;%1&quot; must be lower case letters, digits and _</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>the header has no column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no coordinate columns (looked for lon/lng/longitude/経度/x and lat/latitude/緯度/y); give --lon-field and --lat-field</source>
        <translation>no coordinate columns (looked for lon/lng/longitude/経度/x and lat/latitude/緯度/y); give --lon-field and --lat-field</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no CRS; give --crs EPSG:&lt;code&gt;</source>
        <translation>layer &quot;%1&quot; has no CRS; give --crs EPSG:&lt;code&gt;</translation>
    </message>
    <message>
        <source>unknown CRS &quot;%1&quot;</source>
        <translation>unknown CRS &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; for --id-field</source>
        <translation>no field &quot;%1&quot; for --id-field</translation>
    </message>
    <message>
        <source>GDAL reported an error while reading: %1</source>
        <translation>GDAL reported an error while reading: %1</translation>
    </message>
    <message>
        <source>no feature collection</source>
        <translation>no feature collection</translation>
    </message>
    <message>
        <source>features lack the property 施設・場所名 (facility name)</source>
        <translation>features lack the property 施設・場所名 (facility name)</translation>
    </message>
    <message>
        <source>施設・場所名 (name) is empty</source>
        <translation>施設・場所名 (name) is empty</translation>
    </message>
    <message>
        <source>geometry is not a Point</source>
        <translation>geometry is not a Point</translation>
    </message>
    <message>
        <source>missing coordinates (%1)</source>
        <translation>missing coordinates (%1)</translation>
    </message>
    <message>
        <source>position cannot be transformed</source>
        <translation>position cannot be transformed</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a hazard mark (1 or empty)</source>
        <translation>%1: &quot;%2&quot; is not a hazard mark (1 or empty)</translation>
    </message>
    <message>
        <source>the feature collection is empty</source>
        <translation>the feature collection is empty</translation>
    </message>
    <message>
        <source>%1: layer %2</source>
        <translation>%1: layer %2</translation>
    </message>
    <message>
        <source>layer %1 in this twin has no stable id (column %2 missing or not uniquely indexed): importing this file again adds its features again</source>
        <translation>layer %1 in this twin has no stable id (column %2 missing or not uniquely indexed): importing this file again adds its features again</translation>
    </message>
    <message>
        <source>unknown or unusable CRS &quot;%1&quot; (%2)</source>
        <translation>unknown or unusable CRS &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>use SumoExporter for the SUMO network</source>
        <translation>use SumoExporter for the SUMO network</translation>
    </message>
    <message>
        <source>output exists; refusing to overwrite</source>
        <translation>output exists; refusing to overwrite</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL has no %1 driver</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>cannot create the file: %1</translation>
    </message>
    <message>
        <source>cannot create the layer: %1</source>
        <translation>cannot create the layer: %1</translation>
    </message>
    <message>
        <source>cannot create field %1: %2</source>
        <translation>cannot create field %1: %2</translation>
    </message>
    <message>
        <source>cannot write feature %1: %2</source>
        <translation>cannot write feature %1: %2</translation>
    </message>
    <message>
        <source>GDAL failed while writing: %1</source>
        <translation>GDAL failed while writing: %1</translation>
    </message>
    <message>
        <source>field %1: &quot;%2&quot; is not a whole number</source>
        <translation>field %1: &quot;%2&quot; is not a whole number</translation>
    </message>
    <message>
        <source>field %1: &quot;%2&quot; is not a number</source>
        <translation>field %1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>field %1: &quot;%2&quot; is not a yes/no value</source>
        <translation>field %1: &quot;%2&quot; is not a yes/no value</translation>
    </message>
    <message>
        <source>a %1 cannot go into layer &quot;%2&quot; of %3 features</source>
        <translation>a %1 cannot go into layer &quot;%2&quot; of %3 features</translation>
    </message>
    <message>
        <source>header lacks the column(s) %1</source>
        <translation>header lacks the column(s) %1</translation>
    </message>
    <message>
        <source>ID is empty</source>
        <translation>ID is empty</translation>
    </message>
    <message>
        <source>名称 (name) is empty</source>
        <translation>名称 (name) is empty</translation>
    </message>
    <message>
        <source>想定収容人数 (capacity) &quot;%1&quot; is not a whole number of people</source>
        <translation>想定収容人数 (capacity) &quot;%1&quot; is not a whole number of people</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a hazard mark (1, ○ or empty)</source>
        <translation>%1: &quot;%2&quot; is not a hazard mark (1, ○ or empty)</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>no data rows after the header</translation>
    </message>
    <message>
        <source>unsupported geometry type %1</source>
        <translation>unsupported geometry type %1</translation>
    </message>
    <message>
        <source>empty geometry</source>
        <translation>empty geometry</translation>
    </message>
    <message>
        <source>geometry with a non-finite coordinate</source>
        <translation>geometry with a non-finite coordinate</translation>
    </message>
    <message>
        <source>missing or empty geometry</source>
        <translation>missing or empty geometry</translation>
    </message>
    <message>
        <source>geometry cannot be linearised</source>
        <translation>geometry cannot be linearised</translation>
    </message>
    <message>
        <source>geometry collection mixing %1 and %2</source>
        <translation>geometry collection mixing %1 and %2</translation>
    </message>
    <message>
        <source>unsupported geometry</source>
        <translation>unsupported geometry</translation>
    </message>
    <message>
        <source>text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)</source>
        <translation>text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)</translation>
    </message>
    <message>
        <source>GeoJSON must be UTF-8; undecodable bytes on this line</source>
        <translation>GeoJSON must be UTF-8; undecodable bytes on this line</translation>
    </message>
    <message>
        <source>GeoJSON must be UTF-8, this file is Shift_JIS; convert it first</source>
        <translation>GeoJSON must be UTF-8, this file is Shift_JIS; convert it first</translation>
    </message>
    <message>
        <source>malformed JSON: %1 (truncated file?)</source>
        <translation>malformed JSON: %1 (truncated file?)</translation>
    </message>
    <message>
        <source>JSON but not GeoJSON: the top level has no &quot;type&quot;</source>
        <translation>JSON but not GeoJSON: the top level has no &quot;type&quot;</translation>
    </message>
    <message>
        <source>GDAL cannot read it</source>
        <translation>GDAL cannot read it</translation>
    </message>
    <message>
        <source>unknown or unusable CRS (%1)</source>
        <translation>unknown or unusable CRS (%1)</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>cannot be read as %1: %2</translation>
    </message>
    <message>
        <source>a vector source</source>
        <translation>a vector source</translation>
    </message>
    <message>
        <source>malformed OSM data: %1</source>
        <translation>malformed OSM data: %1</translation>
    </message>
    <message>
        <source>no OSM features</source>
        <translation>no OSM features</translation>
    </message>
    <message>
        <source>building geometry has no face with an area</source>
        <translation>building geometry has no face with an area</translation>
    </message>
    <message>
        <source>feature has no gml:id</source>
        <translation>feature has no gml:id</translation>
    </message>
    <message>
        <source>position outside Japan (longitude %1, latitude %2) — latitude and longitude swapped?</source>
        <translation>position outside Japan (longitude %1, latitude %2) — latitude and longitude swapped?</translation>
    </message>
    <message>
        <source>geometry cannot be transformed</source>
        <translation>geometry cannot be transformed</translation>
    </message>
    <message>
        <source>malformed CityGML: %1</source>
        <translation>malformed CityGML: %1</translation>
    </message>
    <message>
        <source>no city objects with geometry</source>
        <translation>no city objects with geometry</translation>
    </message>
    <message>
        <source>header lacks the station id or coordinate columns</source>
        <translation>header lacks the station id or coordinate columns</translation>
    </message>
    <message>
        <source>station id is empty</source>
        <translation>station id is empty</translation>
    </message>
    <message>
        <source>area_mod &quot;%1&quot; is not a catchment area in km²</source>
        <translation>area_mod &quot;%1&quot; is not a catchment area in km²</translation>
    </message>
    <message>
        <source>the twin has no roads layer</source>
        <translation>the twin has no roads layer</translation>
    </message>
    <message>
        <source>the roads layer is empty</source>
        <translation>the roads layer is empty</translation>
    </message>
    <message>
        <source>roads layer lacks road_id, from_node or to_node</source>
        <translation>roads layer lacks road_id, from_node or to_node</translation>
    </message>
    <message>
        <source>cannot create the output directory</source>
        <translation>cannot create the output directory</translation>
    </message>
    <message>
        <source>no road could be written as a SUMO edge</source>
        <translation>no road could be written as a SUMO edge</translation>
    </message>
</context>
<context>
    <name>DeteriorationModel</name>
    <message>
        <source>probability %1 to %2 is outside 0–1</source>
        <translation>probability %1 to %2 is outside 0–1</translation>
    </message>
    <message>
        <source>an asset does not improve by itself (to %1)</source>
        <translation>an asset does not improve by itself (to %1)</translation>
    </message>
    <message>
        <source>the row sums to %1, not 1</source>
        <translation>the row sums to %1, not 1</translation>
    </message>
    <message>
        <source>unknown asset type &quot;%1&quot;</source>
        <translation>unknown asset type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>grade outside 1–4</source>
        <translation>grade outside 1–4</translation>
    </message>
</context>
<context>
    <name>DispatchKpis</name>
    <message>
        <source>KPIs need a time range and an interval above zero</source>
        <translation>KPIs need a time range and an interval above zero</translation>
    </message>
    <message>
        <source>too many intervals (%1); choose a longer interval</source>
        <translation>too many intervals (%1); choose a longer interval</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Re-optimise stops</source>
        <translation>Re-optimise stops</translation>
    </message>
    <message>
        <source>Insert every pick-up that has not started again, earliest first, where it adds the least driving</source>
        <translation>Insert every pick-up that has not started again, earliest first, where it adds the least driving</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Reading the requests and driving times…</source>
        <translation>Reading the requests and driving times…</translation>
    </message>
    <message>
        <source>E %1 m, N %2 m</source>
        <translation>E %1 m, N %2 m</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <source>Click the map…</source>
        <translation>Click the map…</translation>
    </message>
    <message>
        <source>On map</source>
        <translation>On map</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Passengers</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Pick-up from</source>
        <translation>Pick-up from</translation>
    </message>
    <message>
        <source>min from now</source>
        <translation>min from now</translation>
    </message>
    <message>
        <source>Arrive by</source>
        <translation>Arrive by</translation>
    </message>
    <message>
        <source>Enter request</source>
        <translation>Enter request</translation>
    </message>
    <message>
        <source>You can look but not decide: %1</source>
        <translation>You can look but not decide: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s), %1 assigned</source>
        <translation>
            <numerusform>%n open request(s), %1 assigned</numerusform>
            <numerusform>%n open request(s), %1 assigned</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 → %3</source>
        <translation>#%1 %2 → %3</translation>
    </message>
    <message>
        <source>pick-up</source>
        <translation>pick-up</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>drop-off</translation>
    </message>
    <message numerus="yes">
        <source>pick-up from %1, arrive by %2 · %n passenger(s)</source>
        <translation>
            <numerusform>pick-up from %1, arrive by %2 · %n passenger(s)</numerusform>
            <numerusform>pick-up from %1, arrive by %2 · %n passenger(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation>wheelchair</translation>
    </message>
    <message>
        <source>Proposal: %1, pick-up %2 (wait %3 min), drop-off %4, detour %5 min</source>
        <translation>Proposal: %1, pick-up %2 (wait %3 min), drop-off %4, detour %5 min</translation>
    </message>
    <message>
        <source>No feasible vehicle: %1</source>
        <translation>No feasible vehicle: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Give request %1 to another vehicle</source>
        <translation>Give request %1 to another vehicle</translation>
    </message>
    <message>
        <source>%1 — pick-up %2, drop-off %3, detour %4 min</source>
        <translation>%1 — pick-up %2, drop-off %3, detour %4 min</translation>
    </message>
    <message>
        <source>%1 — cannot: %2</source>
        <translation>%1 — cannot: %2</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>Reject request %1</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation>Reason (kept in the audit log)</translation>
    </message>
    <message>
        <source>Re-optimise automatically every</source>
        <translation>Re-optimise automatically every</translation>
    </message>
    <message>
        <source>Runs the re-optimisation as you, only when the new plan drives less; each change is in the audit log</source>
        <translation>Runs the re-optimisation as you, only when the new plan drives less; each change is in the audit log</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Stops of</source>
        <translation>Stops of</translation>
    </message>
    <message>
        <source>Pick up #%1 at %2</source>
        <translation>Pick up #%1 at %2</translation>
    </message>
    <message>
        <source>Set down #%1 at %2</source>
        <translation>Set down #%1 at %2</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>arrived %1</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Set down</source>
        <translation>Set down</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>No-show…</translation>
    </message>
    <message>
        <source>No-show for request %1?</source>
        <translation>No-show for request %1?</translation>
    </message>
    <message>
        <source>Nobody came to the pick-up: the ride is cancelled and its stops leave %1&apos;s route.</source>
        <translation>Nobody came to the pick-up: the ride is cancelled and its stops leave %1&apos;s route.</translation>
    </message>
</context>
<context>
    <name>DroneFlightCheck</name>
    <message>
        <source>Choose a drone and a place.</source>
        <translation>Choose a drone and a place.</translation>
    </message>
    <message>
        <source>%1 is not a drone with a known position</source>
        <translation>%1 is not a drone with a known position</translation>
    </message>
    <message>
        <source>%1 km, %2 legs, %3 min %4 s; battery %5 %, usable %6 km</source>
        <translation>%1 km, %2 legs, %3 min %4 s; battery %5 %, usable %6 km</translation>
    </message>
</context>
<context>
    <name>DronePlanner</name>
    <message>
        <source>the clearance around no-fly zones must be above 0 m</source>
        <translation>the clearance around no-fly zones must be above 0 m</translation>
    </message>
    <message>
        <source>a corner is not a finite coordinate</source>
        <translation>a corner is not a finite coordinate</translation>
    </message>
    <message>
        <source>the outline needs at least three corners enclosing an area</source>
        <translation>the outline needs at least three corners enclosing an area</translation>
    </message>
    <message>
        <source>the outline cannot be widened by the clearance</source>
        <translation>the outline cannot be widened by the clearance</translation>
    </message>
    <message>
        <source>the no-fly zones cannot be merged</source>
        <translation>the no-fly zones cannot be merged</translation>
    </message>
    <message>
        <source>the take-off point</source>
        <translation>the take-off point</translation>
    </message>
    <message>
        <source>the destination</source>
        <translation>the destination</translation>
    </message>
    <message>
        <source>%1 is not a finite coordinate</source>
        <translation>%1 is not a finite coordinate</translation>
    </message>
    <message>
        <source>%1 lies in the no-fly zone %2 or within %3 m of it</source>
        <translation>%1 lies in the no-fly zone %2 or within %3 m of it</translation>
    </message>
    <message>
        <source>the drone needs a speed and range above 0, a charge of 0–100 % and a reserve below 100 %</source>
        <translation>the drone needs a speed and range above 0, a charge of 0–100 % and a reserve below 100 %</translation>
    </message>
    <message>
        <source>the battery is at %1 %, not above the %2 % reserve</source>
        <translation>the battery is at %1 %, not above the %2 % reserve</translation>
    </message>
    <message>
        <source>no air corridor leads around the no-fly zones to the destination</source>
        <translation>no air corridor leads around the no-fly zones to the destination</translation>
    </message>
    <message>
        <source>the flight needs %1 km, the battery allows %2 km keeping the %3 % reserve</source>
        <translation>the flight needs %1 km, the battery allows %2 km keeping the %3 % reserve</translation>
    </message>
</context>
<context>
    <name>EnergyPanel</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>City hall</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>Community centre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Energy of public facilities</source>
        <translation>Energy of public facilities</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Demo data: %1</source>
        <translation>Demo data: %1</translation>
    </message>
    <message>
        <source>No energy meters are registered in this twin.</source>
        <translation>No energy meters are registered in this twin.</translation>
    </message>
    <message>
        <source>%1 – %2 (days in Japan time): %3 kWh, %4 t-CO₂ from %5 meters; %6 of %7 days complete</source>
        <translation>%1 – %2 (days in Japan time): %3 kWh, %4 t-CO₂ from %5 meters; %6 of %7 days complete</translation>
    </message>
    <message>
        <source>No reduction target set.</source>
        <translation>No reduction target set.</translation>
    </message>
    <message>
        <source>Target −%1 % against %2 – %3: not enough complete days to compare.</source>
        <translation>Target −%1 % against %2 – %3: not enough complete days to compare.</translation>
    </message>
    <message>
        <source>Target −%1 % against %2 – %3 (%4 kWh/day): now %5 kWh/day, %6 % less — %7 % of the target</source>
        <translation>Target −%1 % against %2 – %3 (%4 kWh/day): now %5 kWh/day, %6 % less — %7 % of the target</translation>
    </message>
    <message>
        <source>City, kWh per day — dashed: target, dotted: baseline, hollow: day not fully accounted for</source>
        <translation>City, kWh per day — dashed: target, dotted: baseline, hollow: day not fully accounted for</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>City, t-CO₂ per day (%1 kg-CO₂/kWh)</source>
        <translation>City, t-CO₂ per day (%1 kg-CO₂/kWh)</translation>
    </message>
    <message>
        <source>t-CO₂</source>
        <translation>t-CO₂</translation>
    </message>
    <message>
        <source>Facilities (%1)</source>
        <translation>Facilities (%1)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>kWh/day</source>
        <translation>kWh/day</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>%1 meter(s), %2 kWh in the period</source>
        <translation>%1 meter(s), %2 kWh in the period</translation>
    </message>
    <message>
        <source>%1 gap(s), %2 reset(s)</source>
        <translation>%1 gap(s), %2 reset(s)</translation>
    </message>
    <message>
        <source>Issues in the readings (%1)</source>
        <translation>Issues in the readings (%1)</translation>
    </message>
    <message>
        <source>%1: counter reset at %2 (%3 → %4 kWh; counted from 0)</source>
        <translation>%1: counter reset at %2 (%3 → %4 kWh; counted from 0)</translation>
    </message>
    <message>
        <source>%1: invalid reading %2 at %3, left out</source>
        <translation>%1: invalid reading %2 at %3, left out</translation>
    </message>
    <message>
        <source>%1: no readings %2 – %3</source>
        <translation>%1: no readings %2 – %3</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Only planners and administrators may change the emission factor and the target.</source>
        <translation>Only planners and administrators may change the emission factor and the target.</translation>
    </message>
    <message>
        <source>kg-CO₂/kWh</source>
        <translation>kg-CO₂/kWh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Apply emission factor</source>
        <translation>Apply emission factor</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>Baseline from</translation>
    </message>
    <message>
        <source>Baseline to</source>
        <translation>Baseline to</translation>
    </message>
    <message>
        <source>Reduction %</source>
        <translation>Reduction %</translation>
    </message>
    <message>
        <source>Apply target</source>
        <translation>Apply target</translation>
    </message>
</context>
<context>
    <name>FeatureListPanel</name>
    <message>
        <source>No features in this twin</source>
        <translation>No features in this twin</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Show only the features whose name contains this text</source>
        <translation>Show only the features whose name contains this text</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>FeatureState</name>
    <message>
        <source>Shelter occupancy</source>
        <translation>Shelter occupancy</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>not for this hazard</source>
        <translation>not for this hazard</translation>
    </message>
    <message>
        <source>size: persons inside</source>
        <translation>size: persons inside</translation>
    </message>
    <message>
        <source>Shelter congestion</source>
        <translation>Shelter congestion</translation>
    </message>
    <message>
        <source>under 30 %</source>
        <translation>under 30 %</translation>
    </message>
    <message>
        <source>30–60 %</source>
        <translation>30–60 %</translation>
    </message>
    <message>
        <source>60–80 %</source>
        <translation>60–80 %</translation>
    </message>
    <message>
        <source>80 % and more</source>
        <translation>80 % and more</translation>
    </message>
    <message>
        <source>no power</source>
        <translation>no power</translation>
    </message>
    <message>
        <source>supply shortage</source>
        <translation>supply shortage</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>Fuel-cell buses</translation>
    </message>
    <message>
        <source>supplying power</source>
        <translation>supplying power</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>en route</translation>
    </message>
    <message>
        <source>refuelling</source>
        <translation>refuelling</translation>
    </message>
    <message>
        <source>held (too little energy)</source>
        <translation>held (too little energy)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>size: energy on board</source>
        <translation>size: energy on board</translation>
    </message>
    <message>
        <source>Sensor alarm level</source>
        <translation>Sensor alarm level</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>level 1 standby</source>
        <translation>level 1 standby</translation>
    </message>
    <message>
        <source>level 2 caution</source>
        <translation>level 2 caution</translation>
    </message>
    <message>
        <source>level 3 evacuation</source>
        <translation>level 3 evacuation</translation>
    </message>
    <message>
        <source>level 4 danger</source>
        <translation>level 4 danger</translation>
    </message>
    <message>
        <source>no recent reading</source>
        <translation>no recent reading</translation>
    </message>
    <message>
        <source>Timetabled buses</source>
        <translation>Timetabled buses</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>driving</translation>
    </message>
    <message>
        <source>at a stop</source>
        <translation>at a stop</translation>
    </message>
    <message>
        <source>On-demand vehicles: riders on board</source>
        <translation>On-demand vehicles: riders on board</translation>
    </message>
    <message>
        <source>flooding: roads closed</source>
        <translation>flooding: roads closed</translation>
    </message>
    <message>
        <source>Delivery robots: battery</source>
        <translation>Delivery robots: battery</translation>
    </message>
    <message>
        <source>Drones: battery</source>
        <translation>Drones: battery</translation>
    </message>
</context>
<context>
    <name>FleetStates</name>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Charging</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Arriving</translation>
    </message>
    <message>
        <source>At a stop</source>
        <translation>At a stop</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Hydrogen</source>
        <translation>Hydrogen</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Driving</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>Boarding</translation>
    </message>
    <message>
        <source>To the depot</source>
        <translation>To the depot</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
</context>
<context>
    <name>Fleets</name>
    <message>
        <source>GDAL cannot read the file as CSV: %1</source>
        <translation>GDAL cannot read the file as CSV: %1</translation>
    </message>
    <message>
        <source>GTFS-Realtime vehicle positions (protobuf)</source>
        <translation>GTFS-Realtime vehicle positions (protobuf)</translation>
    </message>
    <message>
        <source>%1: a newer position is already recorded</source>
        <translation>%1: a newer position is already recorded</translation>
    </message>
    <message>
        <source>a vehicle position without a vehicle id</source>
        <translation>a vehicle position without a vehicle id</translation>
    </message>
    <message>
        <source>position of &quot;%1&quot; cannot be transformed to EPSG:6677</source>
        <translation>position of &quot;%1&quot; cannot be transformed to EPSG:6677</translation>
    </message>
    <message>
        <source>the twin has no bus routes to place a demo fleet on</source>
        <translation>the twin has no bus routes to place a demo fleet on</translation>
    </message>
    <message>
        <source>Demo pick-up %1</source>
        <translation>Demo pick-up %1</translation>
    </message>
    <message>
        <source>Demo drop-off %1</source>
        <translation>Demo drop-off %1</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <source>I — sound</source>
        <extracomment>判定区分 I 健全</extracomment>
        <translation>I — sound</translation>
    </message>
    <message>
        <source>II — preventive maintenance stage</source>
        <extracomment>判定区分 II 予防保全段階</extracomment>
        <translation>II — preventive maintenance stage</translation>
    </message>
    <message>
        <source>III — early action needed</source>
        <extracomment>判定区分 III 早期措置段階</extracomment>
        <translation>III — early action needed</translation>
    </message>
    <message>
        <source>IV — urgent action needed</source>
        <extracomment>判定区分 IV 緊急措置段階</extracomment>
        <translation>IV — urgent action needed</translation>
    </message>
</context>
<context>
    <name>GradeOutlookChart</name>
    <message>
        <source>Expected share of the assets in each grade if nothing is done</source>
        <translation>Expected share of the assets in each grade if nothing is done</translation>
    </message>
    <message>
        <source>Years from now</source>
        <translation>Years from now</translation>
    </message>
    <message>
        <source>% of assets</source>
        <translation>% of assets</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Flood-fighting standby level</source>
        <extracomment>水防団待機水位 (level 1 of a river gauge)</extracomment>
        <translation>Flood-fighting standby level</translation>
    </message>
    <message>
        <source>Flood caution level</source>
        <extracomment>氾濫注意水位 (level 2)</extracomment>
        <translation>Flood caution level</translation>
    </message>
    <message>
        <source>Evacuation decision level</source>
        <extracomment>避難判断水位 (level 3)</extracomment>
        <translation>Evacuation decision level</translation>
    </message>
    <message>
        <source>Flood danger level</source>
        <extracomment>氾濫危険水位 (level 4)</extracomment>
        <translation>Flood danger level</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>Zoom in (or use the mouse wheel; drag to pan)</source>
        <translation>Zoom in (or use the mouse wheel; drag to pan)</translation>
    </message>
    <message>
        <source>Show the whole range</source>
        <translation>Show the whole range</translation>
    </message>
    <message>
        <source>%1 buckets of %2 min: mean, band from min to max</source>
        <translation>%1 buckets of %2 min: mean, band from min to max</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n reading(s)</numerusform>
            <numerusform>%n reading(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotspotOverlay</name>
    <message>
        <source>No alerts in the last %1 days</source>
        <translation>No alerts in the last %1 days</translation>
    </message>
    <message>
        <source>Threshold: %1 alerts/km²</source>
        <translation>Threshold: %1 alerts/km²</translation>
    </message>
    <message>
        <source>Peak: %1 alerts/km²</source>
        <translation>Peak: %1 alerts/km²</translation>
    </message>
    <message>
        <source>Kernel density of %1 alerts, bandwidth %2 m, cells of %3 m</source>
        <translation>Kernel density of %1 alerts, bandwidth %2 m, cells of %3 m</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Cancel after this file</source>
        <translation>Cancel after this file</translation>
    </message>
    <message>
        <source>Files already imported stay; the file being read is finished first</source>
        <translation>Files already imported stay; the file being read is finished first</translation>
    </message>
    <message>
        <source>%1 → layer %2: %L3 new, %L4 updated, %L5 skipped</source>
        <translation>%1 → layer %2: %L3 new, %L4 updated, %L5 skipped</translation>
    </message>
    <message>
        <source>Not imported, the twin is unchanged: %1</source>
        <translation>Not imported, the twin is unchanged: %1</translation>
    </message>
    <message>
        <source>  … and %L1 more skipped rows</source>
        <translation>  … and %L1 more skipped rows</translation>
    </message>
</context>
<context>
    <name>IngestHealth</name>
    <message>
        <source>not subscribed</source>
        <translation>not subscribed</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>malformed payload</translation>
    </message>
    <message>
        <source>unknown sensor</source>
        <translation>unknown sensor</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>wrong unit</source>
        <translation>wrong unit</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>bad time</translation>
    </message>
    <message>
        <source>time in the future</source>
        <translation>time in the future</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>Refused, by reason</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Centre the map on this feature</source>
        <translation>Centre the map on this feature</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>Click a feature on the map to see its attributes.</translation>
    </message>
</context>
<context>
    <name>Intervention</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Preventive repair</source>
        <translation>Preventive repair</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Urgent replacement</source>
        <translation>Urgent replacement</translation>
    </message>
</context>
<context>
    <name>InventoryCsvImporter</name>
    <message>
        <source>Asset inventory (CSV)</source>
        <translation>Asset inventory (CSV)</translation>
    </message>
    <message>
        <source>this twin has no asset tables (the assets plugin&apos;s schema is not applied)</source>
        <translation>this twin has no asset tables (the assets plugin&apos;s schema is not applied)</translation>
    </message>
</context>
<context>
    <name>InventoryCsvReader</name>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>not a CSV file GDAL can read</source>
        <translation>not a CSV file GDAL can read</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>missing columns: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected a number ≥ 0, got &quot;%1&quot;</source>
        <translation>expected a number ≥ 0, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>expected bridge, pavement, water_pipe or sewer_pipe, got &quot;%1&quot;</source>
        <translation>expected bridge, pavement, water_pipe or sewer_pipe, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a year between 1850 and %1, got &quot;%2&quot;</source>
        <translation>expected a year between 1850 and %1, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected I, II, III or IV, got &quot;%1&quot;</source>
        <translation>expected I, II, III or IV, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a past date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>expected a past date YYYY-MM-DD, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a WKT geometry</source>
        <translation>not a WKT geometry</translation>
    </message>
    <message>
        <source>a line needs two points</source>
        <translation>a line needs two points</translation>
    </message>
    <message>
        <source>expected a LINESTRING or POINT</source>
        <translation>expected a LINESTRING or POINT</translation>
    </message>
    <message>
        <source>expected a longitude in degrees, got &quot;%1&quot;</source>
        <translation>expected a longitude in degrees, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a latitude in degrees, got &quot;%1&quot;</source>
        <translation>expected a latitude in degrees, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot transform to EPSG:6677</source>
        <translation>cannot transform to EPSG:6677</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>hours, per hour</source>
        <translation>hours, per hour</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>Mean wait (min)</translation>
    </message>
    <message>
        <source>Detour factor (ride ÷ direct)</source>
        <translation>Detour factor (ride ÷ direct)</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>Occupancy (%)</translation>
    </message>
    <message>
        <source>Vehicle-km</source>
        <translation>Vehicle-km</translation>
    </message>
    <message>
        <source>Rejected requests</source>
        <translation>Rejected requests</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Hide this layer</source>
        <translation>Hide this layer</translation>
    </message>
    <message>
        <source>Show this layer</source>
        <translation>Show this layer</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>Draw above the layer over it</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>Draw below the layer under it</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation>Opacity %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln feature</numerusform>
            <numerusform>%Ln features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>City boundary</source>
        <translation>City boundary</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Rivers</translation>
    </message>
    <message>
        <source>Embankments</source>
        <translation>Embankments</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>Road junctions</source>
        <translation>Road junctions</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <source>Bus routes</source>
        <translation>Bus routes</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>Bus stops</translation>
    </message>
    <message>
        <source>Hydrogen stations</source>
        <translation>Hydrogen stations</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>Fuel-cell buses</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>School districts</source>
        <translation>School districts</translation>
    </message>
    <message>
        <source>Police boxes</source>
        <translation>Police boxes</translation>
    </message>
    <message>
        <source>Streetlights</source>
        <translation>Streetlights</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>Evacuation shelters</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>Damage reports</translation>
    </message>
    <message>
        <source>Power plan routes</source>
        <translation>Power plan routes</translation>
    </message>
    <message>
        <source>Power plan stops</source>
        <translation>Power plan stops</translation>
    </message>
    <message>
        <source>Safety notice areas</source>
        <translation>Safety notice areas</translation>
    </message>
    <message>
        <source>GTFS route shapes</source>
        <translation>GTFS route shapes</translation>
    </message>
    <message>
        <source>GTFS stops</source>
        <translation>GTFS stops</translation>
    </message>
    <message>
        <source>Assets (all)</source>
        <translation>Assets (all)</translation>
    </message>
    <message>
        <source>Assets: grade I (sound)</source>
        <translation>Assets: grade I (sound)</translation>
    </message>
    <message>
        <source>Assets: grade II (preventive stage)</source>
        <translation>Assets: grade II (preventive stage)</translation>
    </message>
    <message>
        <source>Assets: grade III (early action)</source>
        <translation>Assets: grade III (early action)</translation>
    </message>
    <message>
        <source>Assets: grade IV (urgent action)</source>
        <translation>Assets: grade IV (urgent action)</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>Planned maintenance</translation>
    </message>
    <message>
        <source>No-fly zones</source>
        <translation>No-fly zones</translation>
    </message>
    <message>
        <source>Safety alerts (recent)</source>
        <translation>Safety alerts (recent)</translation>
    </message>
    <message>
        <source>Safety hotspots</source>
        <translation>Safety hotspots</translation>
    </message>
</context>
<context>
    <name>LifeCycleChart</name>
    <message>
        <source>Life-cycle cost: preventive %1, reactive %2 billion yen; expected failures %3 vs %4</source>
        <translation>Life-cycle cost: preventive %1, reactive %2 billion yen; expected failures %3 vs %4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Billion yen</source>
        <translation>Billion yen</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Preventive</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Reactive</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Export schedule adherence</source>
        <translation>Export schedule adherence</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>GTFS-Realtime vehicle positions</source>
        <translation>GTFS-Realtime vehicle positions</translation>
    </message>
    <message>
        <source>http://…/vehicle_positions.pb</source>
        <translation>http://…/vehicle_positions.pb</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Polling a feed needs the mobility dispatcher or administrator role.</source>
        <translation>Polling a feed needs the mobility dispatcher or administrator role.</translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Schedule adherence</translation>
    </message>
    <message numerus="yes">
        <source>%n bus(es), %1 late</source>
        <translation>
            <numerusform>%n bus(es), %1 late</numerusform>
            <numerusform>%n bus(es), %1 late</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>No bus reports a timetabled trip yet.</source>
        <translation>No bus reports a timetabled trip yet.</translation>
    </message>
    <message>
        <source>%1 → %2 (due %3)</source>
        <translation>%1 → %2 (due %3)</translation>
    </message>
    <message>
        <source>Mobile supermarket</source>
        <translation>Mobile supermarket</translation>
    </message>
    <message>
        <source>Last position report %1</source>
        <translation>Last position report %1</translation>
    </message>
    <message numerus="yes">
        <source>Drone flight check (%n no-fly zone(s))</source>
        <translation>
            <numerusform>Drone flight check (%n no-fly zone(s))</numerusform>
            <numerusform>Drone flight check (%n no-fly zone(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>and back</source>
        <translation>and back</translation>
    </message>
    <message>
        <source>Check flight</source>
        <translation>Check flight</translation>
    </message>
    <message>
        <source>Start polling when the twin opens</source>
        <translation>Start polling when the twin opens</translation>
    </message>
    <message>
        <source>The URL and interval are remembered for this twin file; polling starts by itself only when this is ticked</source>
        <translation>The URL and interval are remembered for this twin file; polling starts by itself only when this is ticked</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>Edit round…</translation>
    </message>
    <message>
        <source>Changing a round needs the mobility dispatcher or administrator role.</source>
        <translation>Changing a round needs the mobility dispatcher or administrator role.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Stays (min)</source>
        <translation>Stays (min)</translation>
    </message>
    <message>
        <source>Move this place one stop earlier (the times stay)</source>
        <translation>Move this place one stop earlier (the times stay)</translation>
    </message>
    <message>
        <source>Move this place one stop later (the times stay)</source>
        <translation>Move this place one stop later (the times stay)</translation>
    </message>
    <message>
        <source>Remove this stop</source>
        <translation>Remove this stop</translation>
    </message>
    <message>
        <source>Add bus stop</source>
        <translation>Add bus stop</translation>
    </message>
    <message>
        <source>Add clicked point</source>
        <translation>Add clicked point</translation>
    </message>
    <message>
        <source>A stop at the last point clicked on the map</source>
        <translation>A stop at the last point clicked on the map</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>Save round</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Remove stop %1?</source>
        <translation>Remove stop %1?</translation>
    </message>
    <message>
        <source>The stop leaves the round when you save it.</source>
        <translation>The stop leaves the round when you save it.</translation>
    </message>
    <message>
        <source>Robot delivery check (walking network)</source>
        <translation>Robot delivery check (walking network)</translation>
    </message>
    <message>
        <source>Point clicked on the map</source>
        <translation>Point clicked on the map</translation>
    </message>
    <message>
        <source>Click the map to choose the point</source>
        <translation>Click the map to choose the point</translation>
    </message>
    <message>
        <source>Point %1, %2</source>
        <translation>Point %1, %2</translation>
    </message>
    <message>
        <source>Check delivery</source>
        <translation>Check delivery</translation>
    </message>
    <message>
        <source>The last flight or way checked is drawn on the map (layer “Planned drone or robot path”).</source>
        <translation>The last flight or way checked is drawn on the map (layer “Planned drone or robot path”).</translation>
    </message>
</context>
<context>
    <name>LogisticsModel</name>
    <message>
        <source>no delivery robot in the fleet</source>
        <translation>no delivery robot in the fleet</translation>
    </message>
    <message>
        <source>no drone in the fleet</source>
        <translation>no drone in the fleet</translation>
    </message>
    <message>
        <source>there and back is %1 km, a full battery lasts %2 km above the reserve</source>
        <translation>there and back is %1 km, a full battery lasts %2 km above the reserve</translation>
    </message>
    <message>
        <source>no delivery robot could take it within %1 min</source>
        <translation>no delivery robot could take it within %1 min</translation>
    </message>
    <message>
        <source>no drone could take it within %1 min</source>
        <translation>no drone could take it within %1 min</translation>
    </message>
</context>
<context>
    <name>LogisticsModelFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>unknown key (expected: %1)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a number above %1, at most %2</source>
        <translation>expected a number above %1, at most %2</translation>
    </message>
    <message>
        <source>expected a duration like &quot;00:15&quot;</source>
        <translation>expected a duration like &quot;00:15&quot;</translation>
    </message>
    <message>
        <source>expected &quot;full&quot; or &quot;fleet&quot; (each vehicle&apos;s energy_level)</source>
        <translation>expected &quot;full&quot; or &quot;fleet&quot; (each vehicle&apos;s energy_level)</translation>
    </message>
    <message>
        <source>expected a list of points [[x, y], …] in metres (EPSG:6677)</source>
        <translation>expected a list of points [[x, y], …] in metres (EPSG:6677)</translation>
    </message>
    <message>
        <source>expected 24 hourly weights ≥ 0, not all 0</source>
        <translation>expected 24 hourly weights ≥ 0, not all 0</translation>
    </message>
    <message>
        <source>the twin has no delivery robots, drones or hospitals to start from; list the depots [[x, y], …]</source>
        <translation>the twin has no delivery robots, drones or hospitals to start from; list the depots [[x, y], …]</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — CityTwin Console</source>
        <translation>%1 — CityTwin Console</translation>
    </message>
    <message>
        <source>CityTwin Console</source>
        <translation>CityTwin Console</translation>
    </message>
    <message>
        <source>Cannot open the twin</source>
        <translation>Cannot open the twin</translation>
    </message>
    <message>
        <source>Some plugins could not prepare this twin</source>
        <translation>Some plugins could not prepare this twin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open twin…</source>
        <translation>&amp;Open twin…</translation>
    </message>
    <message>
        <source>&amp;Close twin</source>
        <translation>&amp;Close twin</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;2D map</source>
        <translation>&amp;2D map</translation>
    </message>
    <message>
        <source>&amp;3D view</source>
        <translation>&amp;3D view</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Reset view</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Layer panel</source>
        <translation>&amp;Layer panel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plugins… (%n failed)</source>
        <translation>
            <numerusform>&amp;Plugins… (%n failed)</numerusform>
            <numerusform>&amp;Plugins… (%n failed)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>&amp;Plugins…</translation>
    </message>
    <message>
        <source>&amp;About CityTwin Console</source>
        <translation>&amp;About CityTwin Console</translation>
    </message>
    <message>
        <source>No twin is open.
Use File → Open (Ctrl+O) or drop a .gpkg twin here.</source>
        <translation>No twin is open.
Use File → Open (Ctrl+O) or drop a .gpkg twin here.</translation>
    </message>
    <message>
        <source>Drop a twin to open it</source>
        <translation>Drop a twin to open it</translation>
    </message>
    <message>
        <source>Open a twin</source>
        <translation>Open a twin</translation>
    </message>
    <message>
        <source>CityTwin twins (*.gpkg)</source>
        <translation>CityTwin twins (*.gpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>No twin is open</source>
        <translation>No twin is open</translation>
    </message>
    <message>
        <source>Open a twin first; imported data goes into the open twin.</source>
        <translation>Open a twin first; imported data goes into the open twin.</translation>
    </message>
    <message>
        <source>The twin is read-only</source>
        <translation>The twin is read-only</translation>
    </message>
    <message>
        <source>This twin file cannot be written, so nothing can be imported into it.</source>
        <translation>This twin file cannot be written, so nothing can be imported into it.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import good rows of files with bad rows</source>
        <translation>Import good rows of files with bad rows</translation>
    </message>
    <message>
        <source>Drop a twin to open it, or data files to import them</source>
        <translation>Drop a twin to open it, or data files to import them</translation>
    </message>
    <message>
        <source>Import into the twin</source>
        <translation>Import into the twin</translation>
    </message>
    <message>
        <source>GIS data (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</source>
        <translation>GIS data (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</translation>
    </message>
    <message>
        <source>The scenario cannot run</source>
        <translation>The scenario cannot run</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>Not allowed to import</source>
        <translation>Not allowed to import</translation>
    </message>
    <message>
        <source>Sign in with an account that may import data (Operator → Sign in).</source>
        <translation>Sign in with an account that may import data (Operator → Sign in).</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>S&amp;imulation</source>
        <translation>S&amp;imulation</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>&amp;Compare runs…</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Write to the thread…</source>
        <translation>Write to the thread…</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Post to this shelter&apos;s thread (HQ and the shelter&apos;s staff see it)</source>
        <translation>Post to this shelter&apos;s thread (HQ and the shelter&apos;s staff see it)</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <source>Annual probability of dropping one grade. Apply, then Plan again to see the effect.</source>
        <translation>Annual probability of dropping one grade. Apply, then Plan again to see the effect.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>This type&apos;s chain skips grades; edit it in the asset_transition table</source>
        <translation>This type&apos;s chain skips grades; edit it in the asset_transition table</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Save model</translation>
    </message>
    <message>
        <source>Keep this model in the twin for every planner</source>
        <translation>Keep this model in the twin for every planner</translation>
    </message>
</context>
<context>
    <name>NewReportForm</name>
    <message>
        <source>New damage report</source>
        <translation>New damage report</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>The place clicked on the map (the twin&apos;s coordinates, EPSG:6677)</source>
        <translation>The place clicked on the map (the twin&apos;s coordinates, EPSG:6677)</translation>
    </message>
    <message>
        <source>Longitude / latitude</source>
        <translation>Longitude / latitude</translation>
    </message>
    <message>
        <source>WGS84 degrees, e.g. from a phone&apos;s GPS</source>
        <translation>WGS84 degrees, e.g. from a phone&apos;s GPS</translation>
    </message>
    <message>
        <source>No place picked yet</source>
        <translation>No place picked yet</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <source>Hide this form until you click the place on the map</source>
        <translation>Hide this form until you click the place on the map</translation>
    </message>
    <message>
        <source>Longitude, e.g. 140.1123</source>
        <translation>Longitude, e.g. 140.1123</translation>
    </message>
    <message>
        <source>Degrees east (WGS84)</source>
        <translation>Degrees east (WGS84)</translation>
    </message>
    <message>
        <source>Latitude, e.g. 36.0835</source>
        <translation>Latitude, e.g. 36.0835</translation>
    </message>
    <message>
        <source>Degrees north (WGS84)</source>
        <translation>Degrees north (WGS84)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Once verified, this category closes the nearby roads for routing and simulation</source>
        <translation>Once verified, this category closes the nearby roads for routing and simulation</translation>
    </message>
    <message>
        <source>What kind of damage</source>
        <translation>What kind of damage</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>1 minor … 5 severe (people in danger, road impassable)</source>
        <translation>1 minor … 5 severe (people in danger, road impassable)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>A resident&apos;s report is entered by you on their behalf</source>
        <translation>A resident&apos;s report is entered by you on their behalf</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Kept with the report, not written to the audit log</source>
        <translation>Kept with the report, not written to the audit log</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>e.g. The road is blocked by a fallen wall in front of the school</source>
        <translation>e.g. The road is blocked by a fallen wall in front of the school</translation>
    </message>
    <message>
        <source>At most 4000 characters</source>
        <translation>At most 4000 characters</translation>
    </message>
    <message>
        <source>Photo (JPEG or PNG, at most 10 MiB, optional)</source>
        <translation>Photo (JPEG or PNG, at most 10 MiB, optional)</translation>
    </message>
    <message>
        <source>Path of a photo file; it is stored in the twin</source>
        <translation>Path of a photo file; it is stored in the twin</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Choose a photo file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Submit report</source>
        <translation>Submit report</translation>
    </message>
    <message>
        <source>Add the report to the triage queue as new</source>
        <translation>Add the report to the triage queue as new</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <source>North. Click to reset the view (Home)</source>
        <translation>North. Click to reset the view (Home)</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Dispatch orders (bus, destination, departure, state)</source>
        <translation>Dispatch orders (bus, destination, departure, state)</translation>
    </message>
    <message>
        <source>Refuel: %1</source>
        <translation>Refuel: %1</translation>
    </message>
    <message>
        <source>Departs %1, arrives %2, %3 h of service</source>
        <translation>Departs %1, arrives %2, %3 h of service</translation>
    </message>
    <message>
        <source>Mark order %1 (%2 to %3) as underway?</source>
        <translation>Mark order %1 (%2 to %3) as underway?</translation>
    </message>
    <message>
        <source>Mark order %1 (%2 at %3) as done?</source>
        <translation>Mark order %1 (%2 at %3) as done?</translation>
    </message>
    <message>
        <source>The bus has left: mark the order underway</source>
        <translation>The bus has left: mark the order underway</translation>
    </message>
    <message>
        <source>Mark the order done</source>
        <translation>Mark the order done</translation>
    </message>
    <message>
        <source>Cancel order %1 (%2 to %3)?</source>
        <translation>Cancel order %1 (%2 to %3)?</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>Cancel this order</translation>
    </message>
</context>
<context>
    <name>OverlayList</name>
    <message>
        <source>For you</source>
        <translation>For you</translation>
    </message>
    <message>
        <source>Layers computed for the operator signed in, with what that role may see</source>
        <translation>Layers computed for the operator signed in, with what that role may see</translation>
    </message>
    <message>
        <source>Hide this layer</source>
        <translation>Hide this layer</translation>
    </message>
    <message>
        <source>Show this layer</source>
        <translation>Show this layer</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation>Opacity %1 %</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Damage reports</source>
        <translation>Damage reports</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <source>Enter a damage report from shelter staff or a resident</source>
        <translation>Enter a damage report from shelter staff or a resident</translation>
    </message>
    <message>
        <source>Your role may not enter damage reports</source>
        <translation>Your role may not enter damage reports</translation>
    </message>
    <message>
        <source>This twin has no damage reports table (it is open read-only or the plugin&apos;s schema was not applied).</source>
        <translation>This twin has no damage reports table (it is open read-only or the plugin&apos;s schema was not applied).</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Show only reports of this category</source>
        <translation>Show only reports of this category</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation>Open (not finished)</translation>
    </message>
    <message>
        <source>Show only reports in this triage state</source>
        <translation>Show only reports in this triage state</translation>
    </message>
    <message>
        <source>%1 of %2 report(s), waiting longest first</source>
        <translation>%1 of %2 report(s), waiting longest first</translation>
    </message>
    <message>
        <source>Click the place of the damage on the map.</source>
        <translation>Click the place of the damage on the map.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back to the form without picking a place</source>
        <translation>Back to the form without picking a place</translation>
    </message>
    <message>
        <source>Fuel-cell buses and power dispatch</source>
        <translation>Fuel-cell buses and power dispatch</translation>
    </message>
    <message>
        <source>Read the buses and dispatch orders again from the twin</source>
        <translation>Read the buses and dispatch orders again from the twin</translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation>Acting as %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in: read only</source>
        <translation>Not signed in: read only</translation>
    </message>
    <message>
        <source>Change bus state</source>
        <translation>Change bus state</translation>
    </message>
    <message>
        <source>Set %1 (%2) to &quot;%3&quot;? The change is recorded in the audit log.</source>
        <translation>Set %1 (%2) to &quot;%3&quot;? The change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>This twin has no fuel-cell buses.</source>
        <translation>This twin has no fuel-cell buses.</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Hours from now the plan covers</source>
        <translation>Hours from now the plan covers</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Plan power dispatch</source>
        <translation>Plan power dispatch</translation>
    </message>
    <message>
        <source>Find which bus powers which shelter without grid power, when, and when it refuels, so that the most person-hours are covered (persons with medical needs count three times)</source>
        <translation>Find which bus powers which shelter without grid power, when, and when it refuels, so that the most person-hours are covered (persons with medical needs count three times)</translation>
    </message>
    <message>
        <source>Reassign stop</source>
        <translation>Reassign stop</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>Remove stop</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Draw the routes and arrival times in the map layers &quot;Power plan routes&quot; and &quot;Power plan stops&quot;</source>
        <translation>Draw the routes and arrival times in the map layers &quot;Power plan routes&quot; and &quot;Power plan stops&quot;</translation>
    </message>
    <message>
        <source>Your role may not publish plans to the map</source>
        <translation>Your role may not publish plans to the map</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard plan</source>
        <translation>Discard plan</translation>
    </message>
    <message>
        <source>Discard the proposed plan? Nothing was recorded yet.</source>
        <translation>Discard the proposed plan? Nothing was recorded yet.</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Accept plan</translation>
    </message>
    <message>
        <source>Create %1 dispatch orders for %2 buses? Pending orders of earlier plans are cancelled. This is recorded in the audit log.</source>
        <translation>Create %1 dispatch orders for %2 buses? Pending orders of earlier plans are cancelled. This is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Turn the plan into dispatch orders</source>
        <translation>Turn the plan into dispatch orders</translation>
    </message>
    <message>
        <source>Only HQ commanders and administrators may accept plans</source>
        <translation>Only HQ commanders and administrators may accept plans</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>Dispatch order</translation>
    </message>
    <message>
        <source>Community safety</source>
        <translation>Community safety</translation>
    </message>
    <message>
        <source>%1 alerts in the last %2 days, %3 of them with places generalised to 100 m</source>
        <translation>%1 alerts in the last %2 days, %3 of them with places generalised to 100 m</translation>
    </message>
    <message>
        <source>Bandwidth (m)</source>
        <translation>Bandwidth (m)</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>Period (days)</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Alerts (fading with age)</source>
        <translation>Alerts (fading with age)</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Streetlight suggestions</source>
        <translation>Streetlight suggestions</translation>
    </message>
    <message>
        <source>#%1: peak %2 alerts/km², about %3 alerts in %4 km²</source>
        <translation>#%1: peak %2 alerts/km², about %3 alerts in %4 km²</translation>
    </message>
    <message>
        <source>%1 near-repeat alerts (another alert within %2 m and %3 days before)</source>
        <translation>%1 near-repeat alerts (another alert within %2 m and %3 days before)</translation>
    </message>
    <message>
        <source>Time budget (min)</source>
        <translation>Time budget (min)</translation>
    </message>
    <message>
        <source>Suggest patrol</source>
        <translation>Suggest patrol</translation>
    </message>
    <message>
        <source>Plan it for today</source>
        <translation>Plan it for today</translation>
    </message>
    <message>
        <source>From %1 through hotspots %2: %3 min, %4 km</source>
        <translation>From %1 through hotspots %2: %3 min, %4 km</translation>
    </message>
    <message>
        <source>Hotspot #%1 has no patrol planned today</source>
        <translation>Hotspot #%1 has no patrol planned today</translation>
    </message>
    <message>
        <source>Raise an alert for them</source>
        <translation>Raise an alert for them</translation>
    </message>
    <message>
        <source>Road %1: no streetlight in the twin</source>
        <translation>Road %1: no streetlight in the twin</translation>
    </message>
    <message>
        <source>Road %1: %2 m from the nearest light</source>
        <translation>Road %1: %2 m from the nearest light</translation>
    </message>
    <message>
        <source>Shelters — HQ dashboard</source>
        <translation>Shelters — HQ dashboard</translation>
    </message>
    <message>
        <source>Read the shelters again from the twin (it also refreshes on its own every 15 s)</source>
        <translation>Read the shelters again from the twin (it also refreshes on its own every 15 s)</translation>
    </message>
    <message>
        <source>Open a twin to see its shelters.</source>
        <translation>Open a twin to see its shelters.</translation>
    </message>
    <message>
        <source>Shelters (%1)</source>
        <translation>Shelters (%1)</translation>
    </message>
    <message>
        <source>Requests (%1 new)</source>
        <translation>Requests (%1 new)</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Requests (%1)</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>No open requests.</translation>
    </message>
    <message>
        <source>Alerts by hour (JST) and weekday</source>
        <translation>Alerts by hour (JST) and weekday</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Record an alert</source>
        <translation>Record an alert</translation>
    </message>
    <message>
        <source>When (JST)</source>
        <translation>When (JST)</translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation>Until (optional)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>%1, %2 (EPSG:6677)</source>
        <translation>%1, %2 (EPSG:6677)</translation>
    </message>
    <message>
        <source>Click the place on the map</source>
        <translation>Click the place on the map</translation>
    </message>
    <message>
        <source>e.g. 竹園1丁目</source>
        <translation>e.g. 竹園1丁目</translation>
    </message>
    <message>
        <source>Concerned school</source>
        <translation>Concerned school</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>e.g. man in his 40s, white car</source>
        <translation>e.g. man in his 40s, white car</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>school or police station</source>
        <translation>school or police station</translation>
    </message>
    <message>
        <source>Personal data (kept apart, seen only by the police and the school)</source>
        <translation>Personal data (kept apart, seen only by the police and the school)</translation>
    </message>
    <message>
        <source>Victim age group</source>
        <translation>Victim age group</translation>
    </message>
    <message>
        <source>e.g. 小学生</source>
        <translation>e.g. 小学生</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>e.g. 小3</source>
        <translation>e.g. 小3</translation>
    </message>
    <message>
        <source>Reporter contact</source>
        <translation>Reporter contact</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Alert %1 recorded (received).</source>
        <translation>Alert %1 recorded (received).</translation>
    </message>
    <message>
        <source>Alerts you may see</source>
        <translation>Alerts you may see</translation>
    </message>
    <message>
        <source>Reason (needed to retract)</source>
        <translation>Reason (needed to retract)</translation>
    </message>
    <message>
        <source>#%1 %2 / %3 — %4</source>
        <translation>#%1 %2 / %3 — %4</translation>
    </message>
    <message>
        <source>place generalised, no personal data</source>
        <translation>place generalised, no personal data</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>Retract</translation>
    </message>
    <message>
        <source>Sensors and alarms</source>
        <translation>Sensors and alarms</translation>
    </message>
    <message>
        <source>Read the sensors again from the twin (it also refreshes on its own every 5 s)</source>
        <translation>Read the sensors again from the twin (it also refreshes on its own every 5 s)</translation>
    </message>
    <message>
        <source>Sensors (%1)</source>
        <translation>Sensors (%1)</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Alarms (%1)</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Assets and maintenance</source>
        <translation>Assets and maintenance</translation>
    </message>
    <message>
        <source>This twin has no asset inventory (it is open read-only or the plugin&apos;s schema was not applied).</source>
        <translation>This twin has no asset inventory (it is open read-only or the plugin&apos;s schema was not applied).</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset(s)</numerusform>
            <numerusform>%n asset(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual budget (million yen)</source>
        <translation>Annual budget (million yen)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Risk horizon (years)</source>
        <translation>Risk horizon (years)</translation>
    </message>
    <message>
        <source>Life cycle (years)</source>
        <translation>Life cycle (years)</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Choose the interventions that remove the most risk of failure within the annual budget, year by year</source>
        <translation>Choose the interventions that remove the most risk of failure within the annual budget, year by year</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Save the plan in the twin and show it on the map</source>
        <translation>Save the plan in the twin and show it on the map</translation>
    </message>
    <message>
        <source>Derive from roads</source>
        <translation>Derive from roads</translation>
    </message>
    <message>
        <source>Derive bridges, pavement and pipes from the twin&apos;s roads, rivers, water and buildings again (for roads imported after the inventory was made)</source>
        <translation>Derive bridges, pavement and pipes from the twin&apos;s roads, rivers, water and buildings again (for roads imported after the inventory was made)</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>%1 million yen</source>
        <translation>%1 million yen</translation>
    </message>
    <message>
        <source>Risk before (year 1)</source>
        <translation>Risk before (year 1)</translation>
    </message>
    <message>
        <source>Risk reduction</source>
        <translation>Risk reduction</translation>
    </message>
    <message>
        <source>Preventive vs reactive</source>
        <translation>Preventive vs reactive</translation>
    </message>
    <message>
        <source>Grades without maintenance</source>
        <translation>Grades without maintenance</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Vehicles (%1)</source>
        <translation>Vehicles (%1)</translation>
    </message>
    <message>
        <source>Dispatch (%1)</source>
        <translation>Dispatch (%1)</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>New notice area</source>
        <translation>New notice area</translation>
    </message>
    <message>
        <source>A circle of %1 m radius.</source>
        <translation>A circle of %1 m radius.</translation>
    </message>
    <message>
        <source>A polygon of %1 corners.</source>
        <translation>A polygon of %1 corners.</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>Name (Japanese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>e.g. Takezono 1</source>
        <translation>e.g. Takezono 1</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <source>How many parents and residents receive notices for this area</source>
        <translation>How many parents and residents receive notices for this area</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Area &quot;%1&quot; saved.</source>
        <translation>Area &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Delete notice area</source>
        <translation>Delete notice area</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its %2 subscribers get no more notices for it. Notices already sent stay in the outbox.</source>
        <translation>Delete &quot;%1&quot;? Its %2 subscribers get no more notices for it. Notices already sent stay in the outbox.</translation>
    </message>
    <message>
        <source>Area &quot;%1&quot; deleted.</source>
        <translation>Area &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>Alerts from</source>
        <translation>Alerts from</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>Live alerts</translation>
    </message>
    <message numerus="yes">
        <source>Recorded run: %1 (%n alert(s))</source>
        <translation>
            <numerusform>Recorded run: %1 (%n alert(s))</numerusform>
            <numerusform>Recorded run: %1 (%n alert(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis and the map&apos;s safety layers use the generated alerts of a recorded simulation run (up to the timeline&apos;s time while it replays that run); the alert list and its steps stay the live alerts.</source>
        <translation>The analysis and the map&apos;s safety layers use the generated alerts of a recorded simulation run (up to the timeline&apos;s time while it replays that run); the alert list and its steps stay the live alerts.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Analysis parameters</source>
        <translation>Analysis parameters</translation>
    </message>
    <message>
        <source>Radius of the kernel: larger values give smoother, wider hotspots (%1–%2 m)</source>
        <translation>Radius of the kernel: larger values give smoother, wider hotspots (%1–%2 m)</translation>
    </message>
    <message>
        <source>Cell size (m)</source>
        <translation>Cell size (m)</translation>
    </message>
    <message>
        <source>Side of a cell of the density grid: smaller cells show more detail and take longer (%1–%2 m)</source>
        <translation>Side of a cell of the density grid: smaller cells show more detail and take longer (%1–%2 m)</translation>
    </message>
    <message>
        <source>Alerts of the last this many days are analysed; on the map they fade with age over this period (%1–%2 days)</source>
        <translation>Alerts of the last this many days are analysed; on the map they fade with age over this period (%1–%2 days)</translation>
    </message>
    <message>
        <source>Near-repeat distance (m)</source>
        <translation>Near-repeat distance (m)</translation>
    </message>
    <message>
        <source>An alert is a near-repeat when another one happened within this distance … (%1–%2 m)</source>
        <translation>An alert is a near-repeat when another one happened within this distance … (%1–%2 m)</translation>
    </message>
    <message>
        <source>Near-repeat days</source>
        <translation>Near-repeat days</translation>
    </message>
    <message>
        <source>… and within this many days before it (%1–%2 days)</source>
        <translation>… and within this many days before it (%1–%2 days)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Bandwidth 400 m, cells 50 m, 90 days, near-repeats within 200 m and 14 days, patrol 60 min</source>
        <translation>Bandwidth 400 m, cells 50 m, 90 days, near-repeats within 200 m and 14 days, patrol 60 min</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Recomputing…</translation>
    </message>
    <message>
        <source>Longest loop a patrol may take from the police box and back; a suggested loop is planned again when it changes (%1–%2 min)</source>
        <translation>Longest loop a patrol may take from the police box and back; a suggested loop is planned again when it changes (%1–%2 min)</translation>
    </message>
    <message>
        <source>Notice areas</source>
        <translation>Notice areas</translation>
    </message>
    <message>
        <source>Parents and residents subscribe to these areas; a published alert is sent to every area it lies in.</source>
        <translation>Parents and residents subscribe to these areas; a published alert is sent to every area it lies in.</translation>
    </message>
    <message>
        <source>Draw area…</source>
        <translation>Draw area…</translation>
    </message>
    <message>
        <source>Click the corners on the map; Backspace removes the last, Enter or a double click finishes, Esc cancels</source>
        <translation>Click the corners on the map; Backspace removes the last, Enter or a double click finishes, Esc cancels</translation>
    </message>
    <message>
        <source>Draw radius…</source>
        <translation>Draw radius…</translation>
    </message>
    <message>
        <source>Click the centre on the map, then click or drag to the edge</source>
        <translation>Click the centre on the map, then click or drag to the edge</translation>
    </message>
    <message>
        <source>Cancel drawing</source>
        <translation>Cancel drawing</translation>
    </message>
    <message>
        <source>Your role may not draw or delete notice areas (police liaison, planners, HQ and administrators may).</source>
        <translation>Your role may not draw or delete notice areas (police liaison, planners, HQ and administrators may).</translation>
    </message>
    <message>
        <source>Areas are drawn on the main map, which is not available here.</source>
        <translation>Areas are drawn on the main map, which is not available here.</translation>
    </message>
    <message>
        <source>No notice areas yet.</source>
        <translation>No notice areas yet.</translation>
    </message>
    <message>
        <source>%1%2 · %3 · %4 subscribers</source>
        <translation>%1%2 · %3 · %4 subscribers</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Edited plan: %1 person-hours (optimised %2, simple greedy %3)</source>
        <translation>Edited plan: %1 person-hours (optimised %2, simple greedy %3)</translation>
    </message>
    <message>
        <source>Plan from %1 for %2 h: %3 person-hours covered (simple greedy %4)</source>
        <translation>Plan from %1 for %2 h: %3 person-hours covered (simple greedy %4)</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Supply h</source>
        <translation>Supply h</translation>
    </message>
    <message>
        <source>Person-h</source>
        <translation>Person-h</translation>
    </message>
    <message>
        <source>Refuel: %1</source>
        <translation>Refuel: %1</translation>
    </message>
    <message>
        <source>Departs %1; %2 kWh on arrival, full on leaving</source>
        <translation>Departs %1; %2 kWh on arrival, full on leaving</translation>
    </message>
    <message>
        <source>Departs %1; %2 kWh on arrival, %3 kWh on leaving</source>
        <translation>Departs %1; %2 kWh on arrival, %3 kWh on leaving</translation>
    </message>
    <message>
        <source>Give this stop to another bus, or drop it</source>
        <translation>Give this stop to another bus, or drop it</translation>
    </message>
    <message>
        <source>Reassign to %1</source>
        <translation>Reassign to %1</translation>
    </message>
    <message>
        <source>Give the stop at %1 to bus %2? Its timing is worked out again.</source>
        <translation>Give the stop at %1 to bus %2? Its timing is worked out again.</translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation>Remove from the plan</translation>
    </message>
    <message>
        <source>Remove the stop of %1 at %2 from the plan?</source>
        <translation>Remove the stop of %1 at %2 from the plan?</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Risk −</source>
        <translation>Risk −</translation>
    </message>
    <message>
        <source>Sort by this column</source>
        <translation>Sort by this column</translation>
    </message>
    <message>
        <source>Money in million yen; risk = probability of reaching grade IV within the horizon × cost of a failure to its users.</source>
        <translation>Money in million yen; risk = probability of reaching grade IV within the horizon × cost of a failure to its users.</translation>
    </message>
</context>
<context>
    <name>PluginNames</name>
    <message>
        <source>Mobility fleets</source>
        <translation>Mobility fleets</translation>
    </message>
    <message>
        <source>Hydrogen buses</source>
        <translation>Hydrogen buses</translation>
    </message>
    <message>
        <source>Community safety</source>
        <translation>Community safety</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>Shelters</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>Damage reports</translation>
    </message>
    <message>
        <source>Assets and maintenance</source>
        <translation>Assets and maintenance</translation>
    </message>
</context>
<context>
    <name>PluginRegistry</name>
    <message>
        <source>metadata lacks the text field &quot;%1&quot;</source>
        <translation>metadata lacks the text field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>metadata lacks the number field &quot;apiVersion&quot;</source>
        <translation>metadata lacks the number field &quot;apiVersion&quot;</translation>
    </message>
    <message>
        <source>plugin API version %1 is not supported (this console speaks version %2)</source>
        <translation>plugin API version %1 is not supported (this console speaks version %2)</translation>
    </message>
    <message>
        <source>metadata lacks the list &quot;capabilities&quot;</source>
        <translation>metadata lacks the list &quot;capabilities&quot;</translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot;</source>
        <translation>unknown capability &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a Qt plugin (no plugin metadata found)</source>
        <translation>not a Qt plugin (no plugin metadata found)</translation>
    </message>
    <message>
        <source>implements &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>implements &quot;%1&quot;, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>another plugin with the id &quot;%1&quot; is already loaded</source>
        <translation>another plugin with the id &quot;%1&quot; is already loaded</translation>
    </message>
    <message>
        <source>the plugin object does not implement %1</source>
        <translation>the plugin object does not implement %1</translation>
    </message>
    <message>
        <source>initialisation failed: %1</source>
        <translation>initialisation failed: %1</translation>
    </message>
    <message>
        <source>schema migration failed: %1</source>
        <translation>schema migration failed: %1</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>loaded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation>Provides: %1</translation>
    </message>
</context>
<context>
    <name>PowerDispatch</name>
    <message>
        <source>power dispatch planning was cancelled</source>
        <translation>power dispatch planning was cancelled</translation>
    </message>
    <message>
        <source>the road graph has no nodes</source>
        <translation>the road graph has no nodes</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>#%1 %2 · photo</source>
        <translation>#%1 %2 · photo</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 ago</source>
        <translation>%1 · %2 · %3 ago</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · %2 ago</translation>
    </message>
</context>
<context>
    <name>Rainfall</name>
    <message>
        <source>the gauge names no river</source>
        <translation>the gauge names no river</translation>
    </message>
    <message>
        <source>the twin has no river &quot;%1&quot;</source>
        <translation>the twin has no river &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the river &quot;%1&quot; has no line</source>
        <translation>the river &quot;%1&quot; has no line</translation>
    </message>
    <message>
        <source>the gauge is %1 m from the river &quot;%2&quot; (more than %3 m)</source>
        <translation>the gauge is %1 m from the river &quot;%2&quot; (more than %3 m)</translation>
    </message>
    <message>
        <source>expected a rainfall intensity from 0 to %1 mm/h</source>
        <translation>expected a rainfall intensity from 0 to %1 mm/h</translation>
    </message>
    <message>
        <source>expected a list of rainfall intensities in mm/h, one per time step, or one number</source>
        <translation>expected a list of rainfall intensities in mm/h, one per time step, or one number</translation>
    </message>
    <message>
        <source>the rainfall list is empty</source>
        <translation>the rainfall list is empty</translation>
    </message>
    <message>
        <source>the twin has no river gauges (sensor_sites of kind river_gauge)</source>
        <translation>the twin has no river gauges (sensor_sites of kind river_gauge)</translation>
    </message>
    <message>
        <source>the twin has no river gauge &quot;%1&quot; (it has: %2)</source>
        <translation>the twin has no river gauge &quot;%1&quot; (it has: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The twin has no map layers to show.</source>
        <translation>The twin has no map layers to show.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(no rows)</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Reading the map</translation>
    </message>
    <message>
        <source>Collecting the sections</source>
        <translation>Collecting the sections</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Laying out the pages</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <source>Select a report in the queue to see it here.</source>
        <translation>Select a report in the queue to see it here.</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Centre the map on this report</source>
        <translation>Centre the map on this report</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>%1 by %2%3</source>
        <translation>%1 by %2%3</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message numerus="yes">
        <source>%n road link(s) closed for routing and simulation</source>
        <translation>
            <numerusform>%n road link(s) closed for routing and simulation</numerusform>
            <numerusform>%n road link(s) closed for routing and simulation</numerusform>
        </translation>
    </message>
    <message>
        <source>the roads it closed are open again</source>
        <translation>the roads it closed are open again</translation>
    </message>
    <message>
        <source>closes roads once verified</source>
        <translation>closes roads once verified</translation>
    </message>
    <message>
        <source>The photo cannot be shown.</source>
        <translation>The photo cannot be shown.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Verify report #%1? The road links within %2 m of it will be closed for routing and simulation.</source>
        <translation>Verify report #%1? The road links within %2 m of it will be closed for routing and simulation.</translation>
    </message>
    <message>
        <source>Verify report #%1?</source>
        <translation>Verify report #%1?</translation>
    </message>
    <message>
        <source>Confirm that the damage is real</source>
        <translation>Confirm that the damage is real</translation>
    </message>
    <message>
        <source>Your role may not triage reports</source>
        <translation>Your role may not triage reports</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Give the report to a team that deals with it</source>
        <translation>Give the report to a team that deals with it</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message numerus="yes">
        <source>Resolve report #%1? It leaves the queue and the %n road link(s) it closed reopen.</source>
        <translation>
            <numerusform>Resolve report #%1? It leaves the queue and the %n road link(s) it closed reopen.</numerusform>
            <numerusform>Resolve report #%1? It leaves the queue and the %n road link(s) it closed reopen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve report #%1? It leaves the queue.</source>
        <translation>Resolve report #%1? It leaves the queue.</translation>
    </message>
    <message>
        <source>The damage has been dealt with</source>
        <translation>The damage has been dealt with</translation>
    </message>
    <message>
        <source>Your role may not resolve reports</source>
        <translation>Your role may not resolve reports</translation>
    </message>
    <message>
        <source>Duplicate of…</source>
        <translation>Duplicate of…</translation>
    </message>
    <message>
        <source>Mark this report as a duplicate of another report number</source>
        <translation>Mark this report as a duplicate of another report number</translation>
    </message>
    <message>
        <source>Possible duplicates (same category, within 150 m and 6 h)</source>
        <translation>Possible duplicates (same category, within 150 m and 6 h)</translation>
    </message>
    <message>
        <source>No likely duplicates (same category, within 150 m and 6 h)</source>
        <translation>No likely duplicates (same category, within 150 m and 6 h)</translation>
    </message>
    <message>
        <source>#%1 · %2 m · %3 h apart · %4</source>
        <translation>#%1 · %2 m · %3 h apart · %4</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <source>Mark report #%1 as a duplicate of #%2? It leaves the queue and any road it closed reopens.</source>
        <translation>Mark report #%1 as a duplicate of #%2? It leaves the queue and any road it closed reopens.</translation>
    </message>
    <message>
        <source>This report describes the same damage as #%1</source>
        <translation>This report describes the same damage as #%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 %2 by %3 (%4)%5</source>
        <translation>%1 %2 by %3 (%4)%5</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Assign report #%1</source>
        <translation>Assign report #%1</translation>
    </message>
    <message>
        <source>Team or person who deals with it</source>
        <translation>Team or person who deals with it</translation>
    </message>
    <message>
        <source>e.g. Road crew 3</source>
        <translation>e.g. Road crew 3</translation>
    </message>
    <message>
        <source>Recorded with the report and in the audit log</source>
        <translation>Recorded with the report and in the audit log</translation>
    </message>
    <message>
        <source>Mark report #%1 as a duplicate</source>
        <translation>Mark report #%1 as a duplicate</translation>
    </message>
    <message>
        <source>Number of the report it repeats. It leaves the queue and any road it closed reopens.</source>
        <translation>Number of the report it repeats. It leaves the queue and any road it closed reopens.</translation>
    </message>
    <message>
        <source>The report number shown as #N in the queue</source>
        <translation>The report number shown as #N in the queue</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Situation report</source>
        <translation>Situation report</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>A PDF with a map of the city, the operator and the time, and the sections of the loaded plugins (shelters, damage, power …).</source>
        <translation>A PDF with a map of the city, the operator and the time, and the sections of the loaded plugins (shelters, damage, power …).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Situation at</source>
        <translation>Situation at</translation>
    </message>
    <message>
        <source>now (or e.g. %1)</source>
        <translation>now (or e.g. %1)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Write the time like %1 (local time), or leave it empty for now.</source>
        <translation>Write the time like %1 (local time), or leave it empty for now.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Write report</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReporterKind</name>
    <message>
        <source>Staff</source>
        <extracomment>Japanese: 職員</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Resident</source>
        <extracomment>Japanese: 住民</extracomment>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Japanese: その他</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>What the shelter needs from HQ</source>
        <translation>What the shelter needs from HQ</translation>
    </message>
    <message>
        <source>(other supplies)</source>
        <translation>(other supplies)</translation>
    </message>
    <message>
        <source>A stock item: on delivery its quantity is added to the shelter&apos;s stock</source>
        <translation>A stock item: on delivery its quantity is added to the shelter&apos;s stock</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>details (what, how many, by when)</source>
        <translation>details (what, how many, by when)</translation>
    </message>
    <message>
        <source>Send request to HQ</source>
        <translation>Send request to HQ</translation>
    </message>
    <message>
        <source>HQ sees it at the top of its queue until acknowledged</source>
        <translation>HQ sees it at the top of its queue until acknowledged</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source>your role may not raise requests</source>
        <translation>your role may not raise requests</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Decline the request</source>
        <translation>Decline the request</translation>
    </message>
    <message>
        <source>The shelter sees this reason:</source>
        <translation>The shelter sees this reason:</translation>
    </message>
    <message>
        <source>e.g. no vehicle free before 18:00</source>
        <translation>e.g. no vehicle free before 18:00</translation>
    </message>
    <message>
        <source>%1 by %2 — waiting %3</source>
        <translation>%1 by %2 — waiting %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Declined: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Tell the shelter HQ has seen the request</source>
        <translation>Tell the shelter HQ has seen the request</translation>
    </message>
    <message>
        <source>Only HQ acknowledges requests</source>
        <translation>Only HQ acknowledges requests</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>The help is on its way</source>
        <translation>The help is on its way</translation>
    </message>
    <message>
        <source>Only HQ dispatches</source>
        <translation>Only HQ dispatches</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Confirm the delivery; supplies with a quantity are added to the shelter&apos;s stock</source>
        <translation>Confirm the delivery; supplies with a quantity are added to the shelter&apos;s stock</translation>
    </message>
    <message>
        <source>HQ or the shelter&apos;s own staff confirm deliveries</source>
        <translation>HQ or the shelter&apos;s own staff confirm deliveries</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Decline with a reason the shelter will see</source>
        <translation>Decline with a reason the shelter will see</translation>
    </message>
</context>
<context>
    <name>RobotDeliveryCheck</name>
    <message>
        <source>Choose a robot and a place.</source>
        <translation>Choose a robot and a place.</translation>
    </message>
    <message>
        <source>%1 is not a delivery robot with a known position</source>
        <translation>%1 is not a delivery robot with a known position</translation>
    </message>
    <message>
        <source>No walking network: %1</source>
        <translation>No walking network: %1</translation>
    </message>
    <message>
        <source>%1 has %2 % battery, not above the %3 % reserve</source>
        <translation>%1 has %2 % battery, not above the %3 % reserve</translation>
    </message>
    <message>
        <source>%1 km, %2 min %3 s; battery %4 % → %5 %</source>
        <translation>%1 km, %2 min %3 s; battery %4 % → %5 %</translation>
    </message>
</context>
<context>
    <name>RobotRouter</name>
    <message>
        <source>delivery robots are routed on the walking network, not the car network</source>
        <translation>delivery robots are routed on the walking network, not the car network</translation>
    </message>
    <message>
        <source>the robot&apos;s speed must be above 0</source>
        <translation>the robot&apos;s speed must be above 0</translation>
    </message>
    <message>
        <source>the walking network is empty</source>
        <translation>the walking network is empty</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>the destination</source>
        <translation>the destination</translation>
    </message>
    <message>
        <source>%1 is %2 m from the nearest footway (at most %3 m)</source>
        <translation>%1 is %2 m from the nearest footway (at most %3 m)</translation>
    </message>
    <message>
        <source>the destination cannot be reached on the walking network</source>
        <translation>the destination cannot be reached on the walking network</translation>
    </message>
    <message>
        <source>the way is %1 km, the robot&apos;s battery lasts %2 km</source>
        <translation>the way is %1 km, the robot&apos;s battery lasts %2 km</translation>
    </message>
</context>
<context>
    <name>RoleTitles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>HQ commander</source>
        <translation>HQ commander</translation>
    </message>
    <message>
        <source>Shelter staff</source>
        <translation>Shelter staff</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Mobility dispatcher</source>
        <translation>Mobility dispatcher</translation>
    </message>
    <message>
        <source>Police liaison</source>
        <translation>Police liaison</translation>
    </message>
    <message>
        <source>School liaison</source>
        <translation>School liaison</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>a road closure needs a source</source>
        <translation>a road closure needs a source</translation>
    </message>
    <message>
        <source>a road closure needs a valid start time</source>
        <translation>a road closure needs a valid start time</translation>
    </message>
    <message>
        <source>the twin has no roads layer</source>
        <translation>the twin has no roads layer</translation>
    </message>
    <message>
        <source>the roads layer has no feature %1</source>
        <translation>the roads layer has no feature %1</translation>
    </message>
    <message>
        <source>reopening a road needs a valid time</source>
        <translation>reopening a road needs a valid time</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>%1 may not read safety alerts</source>
        <translation>%1 may not read safety alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are wrong; nothing was imported:
</source>
        <translation>
            <numerusform>%n row(s) are wrong; nothing was imported:
</numerusform>
            <numerusform>%n row(s) are wrong; nothing was imported:
</numerusform>
        </translation>
    </message>
    <message>
        <source>the twin has no city boundary (layer &quot;boundary&quot;), so places cannot be checked against the city</source>
        <translation>the twin has no city boundary (layer &quot;boundary&quot;), so places cannot be checked against the city</translation>
    </message>
    <message>
        <source>the twin&apos;s boundary layer has no polygon</source>
        <translation>the twin&apos;s boundary layer has no polygon</translation>
    </message>
    <message>
        <source>the patrol route is empty</source>
        <translation>the patrol route is empty</translation>
    </message>
    <message>
        <source>a patrol plan needs a day</source>
        <translation>a patrol plan needs a day</translation>
    </message>
    <message>
        <source>Hotspot %1 has no patrol planned for %2</source>
        <translation>Hotspot %1 has no patrol planned for %2</translation>
    </message>
    <message>
        <source>Police crime open data (CSV)</source>
        <translation>Police crime open data (CSV)</translation>
    </message>
    <message>
        <source>the twin has no roads layer</source>
        <translation>the twin has no roads layer</translation>
    </message>
    <message>
        <source>A patrol needs hotspots and a police box in the twin.</source>
        <translation>A patrol needs hotspots and a police box in the twin.</translation>
    </message>
    <message>
        <source>Safety notice areas with subscribers (CSV)</source>
        <translation>Safety notice areas with subscribers (CSV)</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>address: %1</translation>
    </message>
    <message>
        <source>victim: %1</source>
        <translation>victim: %1</translation>
    </message>
    <message>
        <source>reporter: %1</source>
        <translation>reporter: %1</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
    <message>
        <source>Write the time as 2026-03-01 16:30.</source>
        <translation>Write the time as 2026-03-01 16:30.</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>Unknown step.</translation>
    </message>
    <message>
        <source>Only polygons and radii are drawn.</source>
        <translation>Only polygons and radii are drawn.</translation>
    </message>
    <message>
        <source>A patrol planned on a recorded run&apos;s alerts is not saved.</source>
        <translation>A patrol planned on a recorded run&apos;s alerts is not saved.</translation>
    </message>
</context>
<context>
    <name>SafetyAreaKind</name>
    <message>
        <source>school-district</source>
        <translation>school-district</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>radius</translation>
    </message>
</context>
<context>
    <name>SafetyCategory</name>
    <message>
        <source>Verbal approach</source>
        <translation>Verbal approach</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <source>Suspicious person</source>
        <translation>Suspicious person</translation>
    </message>
    <message>
        <source>Groping</source>
        <translation>Groping</translation>
    </message>
    <message>
        <source>Indecent exposure</source>
        <translation>Indecent exposure</translation>
    </message>
    <message>
        <source>Covert filming</source>
        <translation>Covert filming</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Assault</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SafetyStatus</name>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retracted</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>SensorList</name>
    <message>
        <source>River gauge</source>
        <translation>River gauge</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Bridge strain</source>
        <translation>Bridge strain</translation>
    </message>
    <message>
        <source>Streetlight</source>
        <translation>Streetlight</translation>
    </message>
    <message>
        <source>Energy meter</source>
        <translation>Energy meter</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>Air quality</translation>
    </message>
    <message>
        <source>People flow</source>
        <translation>People flow</translation>
    </message>
    <message>
        <source>Traffic counter</source>
        <translation>Traffic counter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Name…</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>In alarm</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>no reading</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>stale</translation>
    </message>
</context>
<context>
    <name>Sensors</name>
    <message>
        <source>no alarm %1</source>
        <translation>no alarm %1</translation>
    </message>
    <message>
        <source>alarm %1 was already acknowledged by %2</source>
        <translation>alarm %1 was already acknowledged by %2</translation>
    </message>
    <message>
        <source>GDAL cannot read this as CSV: %1</source>
        <translation>GDAL cannot read this as CSV: %1</translation>
    </message>
    <message>
        <source>the columns sensor, time and value are required</source>
        <translation>the columns sensor, time and value are required</translation>
    </message>
    <message>
        <source>the bucket must be longer than 0 ms</source>
        <translation>the bucket must be longer than 0 ms</translation>
    </message>
    <message>
        <source>threshold level %1 must be 1 to 4 with a finite value and a hysteresis ≥ 0</source>
        <translation>threshold level %1 must be 1 to 4 with a finite value and a hysteresis ≥ 0</translation>
    </message>
    <message>
        <source>thresholds must rise with their level</source>
        <translation>thresholds must rise with their level</translation>
    </message>
    <message>
        <source>no twin is open</source>
        <translation>no twin is open</translation>
    </message>
    <message>
        <source>a broker needs a host, a port 1–65535 and at least one topic</source>
        <translation>a broker needs a host, a port 1–65535 and at least one topic</translation>
    </message>
    <message>
        <source>no sensor %1</source>
        <translation>no sensor %1</translation>
    </message>
    <message>
        <source>sensor %1 is not an energy meter in kWh (kind %2, unit %3)</source>
        <translation>sensor %1 is not an energy meter in kWh (kind %2, unit %3)</translation>
    </message>
    <message>
        <source>facility: a name is needed</source>
        <translation>facility: a name is needed</translation>
    </message>
    <message>
        <source>facility kind &quot;%1&quot; is not one of %2</source>
        <translation>facility kind &quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>the twin has no energy settings</source>
        <translation>the twin has no energy settings</translation>
    </message>
    <message>
        <source>emission factor: %1 kg-CO₂/kWh is outside 0 to 2</source>
        <translation>emission factor: %1 kg-CO₂/kWh is outside 0 to 2</translation>
    </message>
    <message>
        <source>emission factor source: say where the value comes from</source>
        <translation>emission factor source: say where the value comes from</translation>
    </message>
    <message>
        <source>baseline: both days are needed (yyyy-MM-dd)</source>
        <translation>baseline: both days are needed (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>baseline: %1 is before %2</source>
        <translation>baseline: %1 is before %2</translation>
    </message>
    <message>
        <source>target: a reduction of %1 % is not between 0 and 100</source>
        <translation>target: a reduction of %1 % is not between 0 and 100</translation>
    </message>
    <message>
        <source>energy report: the days must be valid and in order</source>
        <translation>energy report: the days must be valid and in order</translation>
    </message>
    <message>
        <source>the thresholds of a sensor must all be rising or all falling</source>
        <translation>the thresholds of a sensor must all be rising or all falling</translation>
    </message>
    <message>
        <source>thresholds must be listed by rising level</source>
        <translation>thresholds must be listed by rising level</translation>
    </message>
    <message>
        <source>falling thresholds must fall with their level</source>
        <translation>falling thresholds must fall with their level</translation>
    </message>
</context>
<context>
    <name>ShelterDelegate</name>
    <message>
        <source>%1 — %2
Congestion: %3
Power: %4
Suitable for: %5</source>
        <translation>%1 — %2
Congestion: %3
Power: %4
Suitable for: %5</translation>
    </message>
    <message>
        <source>no hazard designation</source>
        <translation>no hazard designation</translation>
    </message>
    <message>
        <source>Short of: %1</source>
        <translation>Short of: %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>over capacity</translation>
    </message>
    <message>
        <source>no power</source>
        <translation>no power</translation>
    </message>
    <message>
        <source>short of: %1</source>
        <translation>short of: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s), waiting %1 min</source>
        <translation>
            <numerusform>%n new request(s), waiting %1 min</numerusform>
            <numerusform>%n new request(s), waiting %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n request(s) in progress</numerusform>
            <numerusform>%n request(s) in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShelterDetail</name>
    <message>
        <source>%1 — not allowed: %2</source>
        <translation>%1 — not allowed: %2</translation>
    </message>
    <message>
        <source>your role may not do this</source>
        <translation>your role may not do this</translation>
    </message>
    <message>
        <source>Close a shelter with evacuees inside?</source>
        <translation>Close a shelter with evacuees inside?</translation>
    </message>
    <message numerus="yes">
        <source>%n evacuee(s) are still checked in at %1. Closing stops new admissions; the shelter can only become closed once everybody has been checked out. Continue?</source>
        <translation>
            <numerusform>%n evacuee(s) are still checked in at %1. Closing stops new admissions; the shelter can only become closed once everybody has been checked out. Continue?</numerusform>
            <numerusform>%n evacuee(s) are still checked in at %1. Closing stops new admissions; the shelter can only become closed once everybody has been checked out. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Designated for: %1</source>
        <translation>Designated for: %1</translation>
    </message>
    <message>
        <source>no hazard</source>
        <translation>no hazard</translation>
    </message>
    <message>
        <source>Last change %1 by %2</source>
        <translation>Last change %1 by %2</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>closed → opening → open ⇄ full; opening, open or full → closing → closed (only when nobody is inside)</source>
        <translation>closed → opening → open ⇄ full; opening, open or full → closing → closed (only when nobody is inside)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Change the status to %1</source>
        <translation>Change the status to %1</translation>
    </message>
    <message>
        <source>No further step.</source>
        <translation>No further step.</translation>
    </message>
    <message>
        <source>Evacuees</source>
        <translation>Evacuees</translation>
    </message>
    <message>
        <source>Check-ins and check-outs change the head count; going over capacity is allowed and flagged</source>
        <translation>Check-ins and check-outs change the head count; going over capacity is allowed and flagged</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %) — %4</source>
        <translation>%1 of %2 (%3 %) — %4</translation>
    </message>
    <message>
        <source>%1 inside (capacity unknown)</source>
        <translation>%1 inside (capacity unknown)</translation>
    </message>
    <message>
        <source>Number of persons to check in or out</source>
        <translation>Number of persons to check in or out</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Add these persons to the head count</source>
        <translation>Add these persons to the head count</translation>
    </message>
    <message>
        <source>Only an opening, open or full shelter admits evacuees</source>
        <translation>Only an opening, open or full shelter admits evacuees</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Remove these persons from the head count (never below zero)</source>
        <translation>Remove these persons from the head count (never below zero)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Estimated load = 5 kW base + 0.1 kW per person + the medical devices (coefficients in the twin&apos;s shelter_load_model and shelter_medical_need)</source>
        <translation>Estimated load = 5 kW base + 0.1 kW per person + the medical devices (coefficients in the twin&apos;s shelter_load_model and shelter_medical_need)</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Where the shelter&apos;s electricity comes from now</source>
        <translation>Where the shelter&apos;s electricity comes from now</translation>
    </message>
    <message>
        <source>Load %1 kW</source>
        <translation>Load %1 kW</translation>
    </message>
    <message>
        <source>Outage h</source>
        <translation>Outage h</translation>
    </message>
    <message>
        <source>Hours of outage the shelter must bridge (HQ&apos;s estimate, default 72); the hydrogen power dispatch plans with it</source>
        <translation>Hours of outage the shelter must bridge (HQ&apos;s estimate, default 72); the hydrogen power dispatch plans with it</translation>
    </message>
    <message>
        <source>Stockpiles</source>
        <translation>Stockpiles</translation>
    </message>
    <message>
        <source>Days of supply = quantity ÷ (daily use per person × persons inside); a shortage below one day, low below three</source>
        <translation>Days of supply = quantity ÷ (daily use per person × persons inside); a shortage below one day, low below three</translation>
    </message>
    <message>
        <source>Counted quantity; press Enter to record it</source>
        <translation>Counted quantity; press Enter to record it</translation>
    </message>
    <message>
        <source>no use</source>
        <translation>no use</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>need %1</source>
        <translation>need %1</translation>
    </message>
    <message>
        <source>Continued medical care</source>
        <translation>Continued medical care</translation>
    </message>
    <message>
        <source>Numbers of evacuees needing each kind of care (counts only, no names); they add to the power load</source>
        <translation>Numbers of evacuees needing each kind of care (counts only, no names); they add to the power load</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all</source>
        <translation>
            <numerusform>%n person(s) in all</numerusform>
            <numerusform>%n person(s) in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons needing %1</source>
        <translation>Persons needing %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests to HQ: requested → acknowledged → dispatched → delivered, or declined with a reason</source>
        <translation>Requests to HQ: requested → acknowledged → dispatched → delivered, or declined with a reason</translation>
    </message>
    <message>
        <source>No requests from this shelter.</source>
        <translation>No requests from this shelter.</translation>
    </message>
    <message>
        <source>Messages with HQ</source>
        <translation>Messages with HQ</translation>
    </message>
    <message>
        <source>One thread per shelter between HQ and the shelter&apos;s staff</source>
        <translation>One thread per shelter between HQ and the shelter&apos;s staff</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>%1  %2 → %3  (%4, %5)</source>
        <translation>%1  %2 → %3  (%4, %5)</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
</context>
<context>
    <name>ShelterList</name>
    <message>
        <source>Search name, address or id</source>
        <translation>Search name, address or id</translation>
    </message>
    <message>
        <source>Show only shelters whose Japanese or English name, address or source id contains this text</source>
        <translation>Show only shelters whose Japanese or English name, address or source id contains this text</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Filter by status, congestion, power and hazard suitability</source>
        <translation>Filter by status, congestion, power and hazard suitability</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>operating (not closed)</source>
        <translation>operating (not closed)</translation>
    </message>
    <message>
        <source>Only shelters in this state of their lifecycle</source>
        <translation>Only shelters in this state of their lifecycle</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Congestion</translation>
    </message>
    <message>
        <source>60 % and more</source>
        <translation>60 % and more</translation>
    </message>
    <message>
        <source>Occupancy of capacity: under 30 %, 30–60 %, 60–80 %, 80 % and more (a boundary belongs to the higher level)</source>
        <translation>Occupancy of capacity: under 30 %, 30–60 %, 60–80 %, 80 % and more (a boundary belongs to the higher level)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Where the shelter&apos;s electricity comes from now</source>
        <translation>Where the shelter&apos;s electricity comes from now</translation>
    </message>
    <message>
        <source>Suitable for</source>
        <translation>Suitable for</translation>
    </message>
    <message>
        <source>any hazard</source>
        <translation>any hazard</translation>
    </message>
    <message>
        <source>Only shelters designated for this hazard (e.g. a flood-unsuitable shelter is hidden for flood)</source>
        <translation>Only shelters designated for this hazard (e.g. a flood-unsuitable shelter is hidden for flood)</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>Needs attention only</translation>
    </message>
    <message>
        <source>Unacknowledged requests, supply shortages, no power or over capacity</source>
        <translation>Unacknowledged requests, supply shortages, no power or over capacity</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>most urgent first</source>
        <translation>most urgent first</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>congestion</source>
        <translation>congestion</translation>
    </message>
    <message>
        <source>evacuees</source>
        <translation>evacuees</translation>
    </message>
    <message>
        <source>free places</source>
        <translation>free places</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacity</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>open requests</translation>
    </message>
    <message>
        <source>power load</source>
        <translation>power load</translation>
    </message>
    <message>
        <source>Most urgent first: shelters with unacknowledged requests (longest waiting on top), then shortages, no power or overcrowding, then by congestion</source>
        <translation>Most urgent first: shelters with unacknowledged requests (longest waiting on top), then shortages, no power or overcrowding, then by congestion</translation>
    </message>
    <message>
        <source>Ascending; click for descending</source>
        <translation>Ascending; click for descending</translation>
    </message>
    <message>
        <source>Descending; click for ascending</source>
        <translation>Descending; click for ascending</translation>
    </message>
    <message>
        <source>%1 of %2 shelters</source>
        <translation>%1 of %2 shelters</translation>
    </message>
</context>
<context>
    <name>ShelterReport</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>Evacuation shelters</translation>
    </message>
    <message>
        <source>The shelters cannot be read: %1</source>
        <translation>The shelters cannot be read: %1</translation>
    </message>
    <message>
        <source>The twin has no shelters.</source>
        <translation>The twin has no shelters.</translation>
    </message>
    <message>
        <source>Open shelters (open or full)</source>
        <translation>Open shelters (open or full)</translation>
    </message>
    <message>
        <source>Operating shelters (opening to closing)</source>
        <translation>Operating shelters (opening to closing)</translation>
    </message>
    <message>
        <source>Evacuees in shelters</source>
        <translation>Evacuees in shelters</translation>
    </message>
    <message>
        <source>Capacity of admitting shelters</source>
        <translation>Capacity of admitting shelters</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Free places</translation>
    </message>
    <message>
        <source>Shelters over capacity</source>
        <translation>Shelters over capacity</translation>
    </message>
    <message>
        <source>Operating shelters without power</source>
        <translation>Operating shelters without power</translation>
    </message>
    <message>
        <source>Operating shelters with a supply shortage</source>
        <translation>Operating shelters with a supply shortage</translation>
    </message>
    <message>
        <source>Evacuees needing continued medical care</source>
        <translation>Evacuees needing continued medical care</translation>
    </message>
    <message>
        <source>Estimated electrical load</source>
        <translation>Estimated electrical load</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Requests not yet acknowledged</source>
        <translation>Requests not yet acknowledged</translation>
    </message>
    <message>
        <source>Status, occupancy and requests are as of the time of the report; stock, power and medical counts have changed since and are shown as they are now.</source>
        <translation>Status, occupancy and requests are as of the time of the report; stock, power and medical counts have changed since and are shown as they are now.</translation>
    </message>
    <message>
        <source>Operating shelters</source>
        <translation>Operating shelters</translation>
    </message>
    <message>
        <source>No shelter was operating at the time of the report.</source>
        <translation>No shelter was operating at the time of the report.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inside / capacity</source>
        <translation>Inside / capacity</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Congestion</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Shortages</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>no capacity</translation>
    </message>
    <message>
        <source> (over capacity)</source>
        <translation> (over capacity)</translation>
    </message>
    <message>
        <source>%1 (%2 unacknowledged)</source>
        <translation>%1 (%2 unacknowledged)</translation>
    </message>
    <message>
        <source>Most urgent first: unacknowledged requests, then shortages, power and overcrowding, then congestion.</source>
        <translation>Most urgent first: unacknowledged requests, then shortages, power and overcrowding, then congestion.</translation>
    </message>
    <message>
        <source>Open requests from shelters</source>
        <translation>Open requests from shelters</translation>
    </message>
    <message>
        <source>The requests cannot be read: %1</source>
        <translation>The requests cannot be read: %1</translation>
    </message>
    <message>
        <source>No request was open at the time of the report.</source>
        <translation>No request was open at the time of the report.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Requests not yet acknowledged come first, the longest waiting on top.</source>
        <translation>Requests not yet acknowledged come first, the longest waiting on top.</translation>
    </message>
    <message>
        <source>No shelter data yet: the shelters plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</source>
        <translation>No shelter data yet: the shelters plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</translation>
    </message>
</context>
<context>
    <name>Shelters</name>
    <message>
        <source>low (under 30 %)</source>
        <translation>low (under 30 %)</translation>
    </message>
    <message>
        <source>moderate (30–60 %)</source>
        <translation>moderate (30–60 %)</translation>
    </message>
    <message>
        <source>high (60–80 %)</source>
        <translation>high (60–80 %)</translation>
    </message>
    <message>
        <source>critical (80 % and more)</source>
        <translation>critical (80 % and more)</translation>
    </message>
    <message>
        <source>flood</source>
        <translation>flood</translation>
    </message>
    <message>
        <source>landslide</source>
        <translation>landslide</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>earthquake</translation>
    </message>
    <message>
        <source>large fire</source>
        <translation>large fire</translation>
    </message>
    <message>
        <source>inland flooding</source>
        <translation>inland flooding</translation>
    </message>
    <message>
        <source>dialysis</source>
        <translation>dialysis</translation>
    </message>
    <message>
        <source>home oxygen</source>
        <translation>home oxygen</translation>
    </message>
    <message>
        <source>insulin</source>
        <translation>insulin</translation>
    </message>
    <message>
        <source>ventilator</source>
        <translation>ventilator</translation>
    </message>
    <message>
        <source>suction</source>
        <translation>suction</translation>
    </message>
    <message>
        <source>tube feeding</source>
        <translation>tube feeding</translation>
    </message>
    <message>
        <source>other continued care</source>
        <translation>other continued care</translation>
    </message>
    <message>
        <source>a message cannot be empty</source>
        <translation>a message cannot be empty</translation>
    </message>
    <message>
        <source>a message is at most %1 characters (this one has %2)</source>
        <translation>a message is at most %1 characters (this one has %2)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>no power</source>
        <translation>no power</translation>
    </message>
    <message>
        <source>fuel-cell bus</source>
        <translation>fuel-cell bus</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>generator</translation>
    </message>
    <message>
        <source>no request with id %1</source>
        <translation>no request with id %1</translation>
    </message>
    <message>
        <source>a request needs an item or a description</source>
        <translation>a request needs an item or a description</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters</source>
        <translation>the description is longer than %1 characters</translation>
    </message>
    <message>
        <source>only a supplies request names a stock item</source>
        <translation>only a supplies request names a stock item</translation>
    </message>
    <message>
        <source>unknown stock item &quot;%1&quot;</source>
        <translation>unknown stock item &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a requested quantity must be above zero</source>
        <translation>a requested quantity must be above zero</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>the note is longer than %1 characters</translation>
    </message>
    <message>
        <source>the request is already %1</source>
        <translation>the request is already %1</translation>
    </message>
    <message>
        <source>a request cannot go from %1 to %2</source>
        <translation>a request cannot go from %1 to %2</translation>
    </message>
    <message>
        <source>declining a request needs a reason</source>
        <translation>declining a request needs a reason</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>supplies</translation>
    </message>
    <message>
        <source>power</source>
        <translation>power</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medical</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>the twin lacks the shelters table %1 (%2)</source>
        <translation>the twin lacks the shelters table %1 (%2)</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
    <message>
        <source>The twin is open read-only.</source>
        <translation>The twin is open read-only.</translation>
    </message>
    <message>
        <source>Select a shelter first.</source>
        <translation>Select a shelter first.</translation>
    </message>
    <message>
        <source>unknown shelter status &quot;%1&quot;</source>
        <translation>unknown shelter status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Shelter is now %1.</source>
        <translation>Shelter is now %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked in.</source>
        <translation>
            <numerusform>%n person(s) checked in.</numerusform>
            <numerusform>%n person(s) checked in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked out.</source>
        <translation>
            <numerusform>%n person(s) checked out.</numerusform>
            <numerusform>%n person(s) checked out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock updated.</source>
        <translation>Stock updated.</translation>
    </message>
    <message>
        <source>unknown power source &quot;%1&quot;</source>
        <translation>unknown power source &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Power status updated.</source>
        <translation>Power status updated.</translation>
    </message>
    <message>
        <source>Expected outage updated.</source>
        <translation>Expected outage updated.</translation>
    </message>
    <message>
        <source>Medical count updated.</source>
        <translation>Medical count updated.</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Message sent.</translation>
    </message>
    <message>
        <source>unknown request kind &quot;%1&quot;</source>
        <translation>unknown request kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Request sent to HQ.</source>
        <translation>Request sent to HQ.</translation>
    </message>
    <message>
        <source>Request acknowledged.</source>
        <translation>Request acknowledged.</translation>
    </message>
    <message>
        <source>Request dispatched.</source>
        <translation>Request dispatched.</translation>
    </message>
    <message>
        <source>Delivery confirmed.</source>
        <translation>Delivery confirmed.</translation>
    </message>
    <message>
        <source>Request declined.</source>
        <translation>Request declined.</translation>
    </message>
    <message>
        <source>the shelter is already %1</source>
        <translation>the shelter is already %1</translation>
    </message>
    <message>
        <source>a shelter cannot go from %1 to %2</source>
        <translation>a shelter cannot go from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n evacuee(s) still inside: check them out before closing</source>
        <translation>
            <numerusform>%n evacuee(s) still inside: check them out before closing</numerusform>
            <numerusform>%n evacuee(s) still inside: check them out before closing</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>unknown key (expected: twin_state)</source>
        <translation>unknown key (expected: twin_state)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>the twin has no shelters layer</source>
        <translation>the twin has no shelters layer</translation>
    </message>
    <message>
        <source>no shelter with fid %1</source>
        <translation>no shelter with fid %1</translation>
    </message>
    <message>
        <source>check in between 1 and %1 persons, not %2</source>
        <translation>check in between 1 and %1 persons, not %2</translation>
    </message>
    <message>
        <source>check out between 1 and %1 persons, not %2</source>
        <translation>check out between 1 and %1 persons, not %2</translation>
    </message>
    <message>
        <source>a %1 shelter admits nobody</source>
        <translation>a %1 shelter admits nobody</translation>
    </message>
    <message>
        <source>cannot check out %1: only %2 inside</source>
        <translation>cannot check out %1: only %2 inside</translation>
    </message>
    <message>
        <source>occupancy out of range</source>
        <translation>occupancy out of range</translation>
    </message>
    <message>
        <source>unknown stock item &quot;%1&quot; (known: %2)</source>
        <translation>unknown stock item &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>the quantity must be a number</source>
        <translation>the quantity must be a number</translation>
    </message>
    <message>
        <source>%1: using %2 leaves less than nothing (%3 in stock)</source>
        <translation>%1: using %2 leaves less than nothing (%3 in stock)</translation>
    </message>
    <message>
        <source>%1: a stock cannot be negative (%2)</source>
        <translation>%1: a stock cannot be negative (%2)</translation>
    </message>
    <message>
        <source>expected outage must be 0 to 744 hours, not %1</source>
        <translation>expected outage must be 0 to 744 hours, not %1</translation>
    </message>
    <message>
        <source>unknown medical need &quot;%1&quot; (known: %2)</source>
        <translation>unknown medical need &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>%1: a count of persons must be 0 to %2, not %3</source>
        <translation>%1: a count of persons must be 0 to %2, not %3</translation>
    </message>
    <message>
        <source>drinking water</source>
        <translation>drinking water</translation>
    </message>
    <message>
        <source>food</source>
        <translation>food</translation>
    </message>
    <message>
        <source>blankets</source>
        <translation>blankets</translation>
    </message>
    <message>
        <source>medical kits</source>
        <translation>medical kits</translation>
    </message>
    <message>
        <source>diapers</source>
        <translation>diapers</translation>
    </message>
    <message>
        <source>emergency toilet bags</source>
        <translation>emergency toilet bags</translation>
    </message>
    <message>
        <source>baby formula</source>
        <translation>baby formula</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>meals</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pieces</translation>
    </message>
    <message>
        <source>kits</source>
        <translation>kits</translation>
    </message>
    <message>
        <source>bags</source>
        <translation>bags</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 has no operators yet. Create its administrator, who then adds the other operators with their roles.</source>
        <translation>%1 has no operators yet. Create its administrator, who then adds the other operators with their roles.</translation>
    </message>
    <message>
        <source>Sign in to %1 with your operator account.</source>
        <translation>Sign in to %1 with your operator account.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>shown in the status bar (optional)</source>
        <translation>shown in the status bar (optional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n characters.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>View only</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Look at the twin without signing in; nothing can be changed (Esc)</source>
        <translation>Look at the twin without signing in; nothing can be changed (Esc)</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Create the administrator account and sign in as it (Enter)</source>
        <translation>Create the administrator account and sign in as it (Enter)</translation>
    </message>
    <message>
        <source>Sign in with this account (Enter)</source>
        <translation>Sign in with this account (Enter)</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>no database connection</source>
        <translation>no database connection</translation>
    </message>
    <message>
        <source>no SQL statement</source>
        <translation>no SQL statement</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>parameter %1: %2</translation>
    </message>
    <message>
        <source>no parameter named %1</source>
        <translation>no parameter named %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cursor position, WGS84 latitude and longitude</source>
        <translation>Cursor position, WGS84 latitude and longitude</translation>
    </message>
    <message>
        <source>Cursor position in %1 (easting, northing)</source>
        <translation>Cursor position in %1 (easting, northing)</translation>
    </message>
    <message>
        <source>Loading the twin&apos;s layers</source>
        <translation>Loading the twin&apos;s layers</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Viewer (not signed in)</source>
        <translation>Viewer (not signed in)</translation>
    </message>
    <message>
        <source>Signed in as %1, responsible for %2</source>
        <translation>Signed in as %1, responsible for %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Nobody is signed in: the twin can be looked at, not changed</source>
        <translation>Nobody is signed in: the twin can be looked at, not changed</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>End this operator&apos;s session (Ctrl+Shift+O)</source>
        <translation>End this operator&apos;s session (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Sign in with an operator account (Ctrl+Shift+I)</source>
        <translation>Sign in with an operator account (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>%1
(Click to dismiss.)</source>
        <translation>%1
(Click to dismiss.)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot bulk-load the spatial index</source>
        <translation>cannot bulk-load the spatial index</translation>
    </message>
    <message>
        <source>the writer of %1 is finished</source>
        <translation>the writer of %1 is finished</translation>
    </message>
    <message>
        <source>%1 values given for %2 fields</source>
        <translation>%1 values given for %2 fields</translation>
    </message>
    <message>
        <source>layer %1 holds %2 geometries, not %3</source>
        <translation>layer %1 holds %2 geometries, not %3</translation>
    </message>
    <message>
        <source>cannot look up a stable id</source>
        <translation>cannot look up a stable id</translation>
    </message>
    <message>
        <source>cannot write a feature</source>
        <translation>cannot write a feature</translation>
    </message>
    <message>
        <source>the transaction of the writer of %1 ended before finish()</source>
        <translation>the transaction of the writer of %1 ended before finish()</translation>
    </message>
    <message>
        <source>cannot fill the spatial index</source>
        <translation>cannot fill the spatial index</translation>
    </message>
    <message>
        <source>cannot update the layer extent</source>
        <translation>cannot update the layer extent</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is a directory, not a twin file</source>
        <translation>%1 is a directory, not a twin file</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a twin</source>
        <translation>%1 is an empty file, not a twin</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database</source>
        <translation>%1 is not a SQLite database</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a GeoPackage, so not a CityTwin twin</source>
        <translation>%1 is a SQLite database but not a GeoPackage, so not a CityTwin twin</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a CityTwin twin; import it with citytwin-cli import</source>
        <translation>%1 is a GeoPackage but not a CityTwin twin; import it with citytwin-cli import</translation>
    </message>
    <message>
        <source>%1 was written by a newer CityTwin (core schema %2; this build reads up to %3)</source>
        <translation>%1 was written by a newer CityTwin (core schema %2; this build reads up to %3)</translation>
    </message>
    <message>
        <source>cannot register the GeoPackage SQL functions</source>
        <translation>cannot register the GeoPackage SQL functions</translation>
    </message>
    <message>
        <source>%1 already exists; a new twin is never written over a file</source>
        <translation>%1 already exists; a new twin is never written over a file</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>the folder of %1 does not exist</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <source>cannot prepare the SRS rows</source>
        <translation>cannot prepare the SRS rows</translation>
    </message>
    <message>
        <source>cannot write the SRS rows</source>
        <translation>cannot write the SRS rows</translation>
    </message>
    <message>
        <source>a schema component needs a name</source>
        <translation>a schema component needs a name</translation>
    </message>
    <message>
        <source>the schema steps of %1 must be numbered 1, 2, 3 … without gaps; step %2 has version %3</source>
        <translation>the schema steps of %1 must be numbered 1, 2, 3 … without gaps; step %2 has version %3</translation>
    </message>
    <message>
        <source>core schema</source>
        <translation>core schema</translation>
    </message>
    <message>
        <source>%1 schema</source>
        <translation>%1 schema</translation>
    </message>
    <message>
        <source>%1 was written by a newer CityTwin (%2 %3; this build reads up to %4)</source>
        <translation>%1 was written by a newer CityTwin (%2 %3; this build reads up to %4)</translation>
    </message>
    <message>
        <source>%1 is open read-only; the %2 schema cannot be migrated to version %3</source>
        <translation>%1 is open read-only; the %2 schema cannot be migrated to version %3</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>cannot record the schema version</translation>
    </message>
    <message>
        <source>schema step %1 of %2 (%3) failed and was rolled back: %4</source>
        <translation>schema step %1 of %2 (%3) failed and was rolled back: %4</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 is open read-only</translation>
    </message>
    <message>
        <source>cannot write metadata</source>
        <translation>cannot write metadata</translation>
    </message>
    <message>
        <source>cannot write metadata &apos;%1&apos;</source>
        <translation>cannot write metadata &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a transaction is already open on %1</source>
        <translation>a transaction is already open on %1</translation>
    </message>
    <message>
        <source>no transaction is open on %1</source>
        <translation>no transaction is open on %1</translation>
    </message>
    <message>
        <source>perform(&quot;%1&quot;) cannot run inside another transaction</source>
        <translation>perform(&quot;%1&quot;) cannot run inside another transaction</translation>
    </message>
    <message>
        <source>an audit row is written only inside the transaction of its change</source>
        <translation>an audit row is written only inside the transaction of its change</translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation>cannot write the audit log</translation>
    </message>
    <message>
        <source>cannot write the audit row of &quot;%1&quot;</source>
        <translation>cannot write the audit row of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write the event log</source>
        <translation>cannot write the event log</translation>
    </message>
    <message>
        <source>the transaction was already committed</source>
        <translation>the transaction was already committed</translation>
    </message>
    <message>
        <source>cannot read the layer list</source>
        <translation>cannot read the layer list</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;</source>
        <translation>%1 has no layer &quot;%2&quot;</translation>
    </message>
    <message>
        <source>layer %1 has geometry type %2, which the console does not handle</source>
        <translation>layer %1 has geometry type %2, which the console does not handle</translation>
    </message>
    <message>
        <source>cannot count the features of %1</source>
        <translation>cannot count the features of %1</translation>
    </message>
    <message>
        <source>layer name &quot;%1&quot; must be lower case letters, digits and _ , start with a letter and not use a reserved prefix (gpkg_, rtree_, ct_, sqlite_)</source>
        <translation>layer name &quot;%1&quot; must be lower case letters, digits and _ , start with a letter and not use a reserved prefix (gpkg_, rtree_, ct_, sqlite_)</translation>
    </message>
    <message>
        <source>a table named &quot;%1&quot; already exists in %2</source>
        <translation>a table named &quot;%1&quot; already exists in %2</translation>
    </message>
    <message>
        <source>field name &quot;%1&quot; of layer %2 is invalid or repeated</source>
        <translation>field name &quot;%1&quot; of layer %2 is invalid or repeated</translation>
    </message>
    <message>
        <source>the stable id field %1 of layer %2 must be Text</source>
        <translation>the stable id field %1 of layer %2 must be Text</translation>
    </message>
    <message>
        <source>the stable id field %1 is not among the fields of layer %2</source>
        <translation>the stable id field %1 is not among the fields of layer %2</translation>
    </message>
    <message>
        <source>cannot register layer %1</source>
        <translation>cannot register layer %1</translation>
    </message>
    <message>
        <source>cannot register layer %1 (is SRS %2 known?)</source>
        <translation>cannot register layer %1 (is SRS %2 known?)</translation>
    </message>
    <message>
        <source>cannot register the geometry column of %1</source>
        <translation>cannot register the geometry column of %1</translation>
    </message>
    <message>
        <source>cannot register the spatial index of %1</source>
        <translation>cannot register the spatial index of %1</translation>
    </message>
    <message>
        <source>cannot unregister layer %1</source>
        <translation>cannot unregister layer %1</translation>
    </message>
    <message>
        <source>layer %1 has no field &quot;%2&quot;</source>
        <translation>layer %1 has no field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot prepare the writer of %1</source>
        <translation>cannot prepare the writer of %1</translation>
    </message>
    <message>
        <source>cannot read layer %1</source>
        <translation>cannot read layer %1</translation>
    </message>
    <message>
        <source>truncated, corrupt or unsupported GeoPackage geometry</source>
        <translation>truncated, corrupt or unsupported GeoPackage geometry</translation>
    </message>
    <message>
        <source>layer %1 has no feature %2</source>
        <translation>layer %1 has no feature %2</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation>%1 may not %2</translation>
    </message>
    <message>
        <source>%1 may not %2 (%3)</source>
        <translation>%1 may not %2 (%3)</translation>
    </message>
    <message>
        <source>cannot read the permissions</source>
        <translation>cannot read the permissions</translation>
    </message>
</context>
<context>
    <name>SupermarketEta</name>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Here until %1</source>
        <translation>Here until %1</translation>
    </message>
    <message>
        <source>Arrival time unknown</source>
        <translation>Arrival time unknown</translation>
    </message>
    <message>
        <source>Arriving at %1 (%2 min late)</source>
        <translation>Arriving at %1 (%2 min late)</translation>
    </message>
    <message>
        <source>Arriving at %1</source>
        <translation>Arriving at %1</translation>
    </message>
</context>
<context>
    <name>SupermarketEtaModel</name>
    <message>
        <source>%1 has no stops planned</source>
        <translation>%1 has no stops planned</translation>
    </message>
    <message>
        <source>%1 has not reported a position</source>
        <translation>%1 has not reported a position</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The round is done for today</source>
        <translation>The round is done for today</translation>
    </message>
</context>
<context>
    <name>SupermarketRound</name>
    <message>
        <source>stop sequences must rise</source>
        <translation>stop sequences must rise</translation>
    </message>
    <message>
        <source>the scheduled arrival is before the previous stop&apos;s</source>
        <translation>the scheduled arrival is before the previous stop&apos;s</translation>
    </message>
    <message>
        <source>arrival, dwell and position must be valid</source>
        <translation>arrival, dwell and position must be valid</translation>
    </message>
    <message>
        <source>a round needs at least one stop</source>
        <translation>a round needs at least one stop</translation>
    </message>
    <message>
        <source>stop %1 has no name</source>
        <translation>stop %1 has no name</translation>
    </message>
    <message>
        <source>stop %1: the dwell must not be negative</source>
        <translation>stop %1: the dwell must not be negative</translation>
    </message>
    <message>
        <source>stop %1: the arrival must be a time of day</source>
        <translation>stop %1: the arrival must be a time of day</translation>
    </message>
    <message>
        <source>stop %1 has no position</source>
        <translation>stop %1 has no position</translation>
    </message>
    <message>
        <source>stop %1 is due at %2, before stop %3 is left at %4: times out of order</source>
        <translation>stop %1 is due at %2, before stop %3 is left at %4: times out of order</translation>
    </message>
    <message>
        <source>%1 is not a mobile supermarket of the fleet</source>
        <translation>%1 is not a mobile supermarket of the fleet</translation>
    </message>
</context>
<context>
    <name>SupermarketRoundEditor</name>
    <message>
        <source>Bus stop %1</source>
        <translation>Bus stop %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>choose a mobile supermarket first</source>
        <translation>choose a mobile supermarket first</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 14:30</source>
        <translation>&quot;%1&quot; is not a time like 14:30</translation>
    </message>
    <message numerus="yes">
        <source>Round of %1 saved: %n stop(s).</source>
        <translation>
            <numerusform>Round of %1 saved: %n stop(s).</numerusform>
            <numerusform>Round of %1 saved: %n stop(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>TimeTable</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%1 %2:00 — %3 alerts</source>
        <translation>%1 %2:00 — %3 alerts</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Simulation: %1</source>
        <translation>Simulation: %1</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Replay: %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Run scenario…</source>
        <translation>Run scenario…</translation>
    </message>
    <message>
        <source>Simulate a scenario (JSON) on this twin</source>
        <translation>Simulate a scenario (JSON) on this twin</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Replay…</translation>
    </message>
    <message>
        <source>Replay a run recorded in this twin</source>
        <translation>Replay a run recorded in this twin</translation>
    </message>
    <message>
        <source>#%1 %2 (seed %3)</source>
        <translation>#%1 %2 (seed %3)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>One step (.)</source>
        <translation>One step (.)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Simulated seconds per second</source>
        <translation>Simulated seconds per second</translation>
    </message>
    <message>
        <source>Go to this time</source>
        <translation>Go to this time</translation>
    </message>
    <message>
        <source>sheltered %L1 / %L2 · moving %L3</source>
        <translation>sheltered %L1 / %L2 · moving %L3</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Store this run (events, samples, KPIs) in the twin; pause first</source>
        <translation>Store this run (events, samples, KPIs) in the twin; pause first</translation>
    </message>
    <message>
        <source>End the simulation or replay and show the live state</source>
        <translation>End the simulation or replay and show the live state</translation>
    </message>
    <message>
        <source>Run a scenario</source>
        <translation>Run a scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenarios (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Sign in with a role that may record runs (planner, HQ commander, administrator)</source>
        <translation>Sign in with a role that may record runs (planner, HQ commander, administrator)</translation>
    </message>
</context>
<context>
    <name>TotalsGrid</name>
    <message>
        <source>Open shelters</source>
        <translation>Open shelters</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Shelters open or full; %1 operating in all (opening to closing)</source>
        <translation>Shelters open or full; %1 operating in all (opening to closing)</translation>
    </message>
    <message>
        <source>Evacuees</source>
        <translation>Evacuees</translation>
    </message>
    <message>
        <source>%1 need care</source>
        <translation>%1 need care</translation>
    </message>
    <message>
        <source>Persons checked in at all shelters, and how many of them need continued medical care</source>
        <translation>Persons checked in at all shelters, and how many of them need continued medical care</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Free places</translation>
    </message>
    <message numerus="yes">
        <source>Room left in the shelters admitting evacuees; %n shelter(s) over capacity</source>
        <translation>
            <numerusform>Room left in the shelters admitting evacuees; %n shelter(s) over capacity</numerusform>
            <numerusform>Room left in the shelters admitting evacuees; %n shelter(s) over capacity</numerusform>
        </translation>
    </message>
    <message>
        <source>Room left in the shelters admitting evacuees (opening, open, full), of their capacity</source>
        <translation>Room left in the shelters admitting evacuees (opening, open, full), of their capacity</translation>
    </message>
    <message>
        <source>No power</source>
        <translation>No power</translation>
    </message>
    <message>
        <source>%1 kW load</source>
        <translation>%1 kW load</translation>
    </message>
    <message>
        <source>Operating shelters without electricity; the estimated load of all operating shelters</source>
        <translation>Operating shelters without electricity; the estimated load of all operating shelters</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Shortages</translation>
    </message>
    <message>
        <source>Operating shelters where a supply lasts less than a day, or does not cover everyone inside</source>
        <translation>Operating shelters where a supply lasts less than a day, or does not cover everyone inside</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <source>Requests not yet delivered or declined; new ones are not acknowledged yet. Click to see them.</source>
        <translation>Requests not yet delivered or declined; new ones are not acknowledged yet. Click to see them.</translation>
    </message>
</context>
<context>
    <name>TriageState</name>
    <message>
        <source>New</source>
        <extracomment>Japanese: 新規</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>Japanese: 確認済み</extracomment>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Japanese: 対応割当済み</extracomment>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Japanese: 対応完了</extracomment>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>Japanese: 重複</extracomment>
        <translation>Duplicate</translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <source>goods only</source>
        <translation>goods only</translation>
    </message>
    <message>
        <source>, %1 wheelchair places</source>
        <translation>, %1 wheelchair places</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Speed profile</source>
        <translation>Speed profile</translation>
    </message>
    <message>
        <source>, cruise %1 km/h, top %2 km/h</source>
        <translation>, cruise %1 km/h, top %2 km/h</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Last report</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) recorded</source>
        <translation>
            <numerusform>%n position(s) recorded</numerusform>
            <numerusform>%n position(s) recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleKinds</name>
    <message>
        <source>On-demand bus</source>
        <translation>On-demand bus</translation>
    </message>
    <message>
        <source>Community bus</source>
        <translation>Community bus</translation>
    </message>
    <message>
        <source>Autonomous shuttle</source>
        <translation>Autonomous shuttle</translation>
    </message>
    <message>
        <source>Personal mobility</source>
        <translation>Personal mobility</translation>
    </message>
    <message>
        <source>Delivery robot</source>
        <translation>Delivery robot</translation>
    </message>
    <message>
        <source>Drone</source>
        <translation>Drone</translation>
    </message>
    <message>
        <source>Mobile supermarket</source>
        <translation>Mobile supermarket</translation>
    </message>
    <message>
        <source>On-demand buses</source>
        <translation>On-demand buses</translation>
    </message>
    <message>
        <source>Community buses</source>
        <translation>Community buses</translation>
    </message>
    <message>
        <source>Autonomous shuttles</source>
        <translation>Autonomous shuttles</translation>
    </message>
    <message>
        <source>Delivery robots</source>
        <translation>Delivery robots</translation>
    </message>
    <message>
        <source>Drones</source>
        <translation>Drones</translation>
    </message>
    <message>
        <source>Mobile supermarkets</source>
        <translation>Mobile supermarkets</translation>
    </message>
    <message>
        <source>No vehicle data yet</source>
        <translation>No vehicle data yet</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s), %1 on the move</source>
        <translation>
            <numerusform>%n vehicle(s), %1 on the move</numerusform>
            <numerusform>%n vehicle(s), %1 on the move</numerusform>
        </translation>
    </message>
    <message>
        <source>energy below 20 %</source>
        <translation>energy below 20 %</translation>
    </message>
    <message>
        <source>Select a vehicle in the fleets panel</source>
        <translation>Select a vehicle in the fleets panel</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s)</source>
        <translation>
            <numerusform>%1: %n position(s)</numerusform>
            <numerusform>%1: %n position(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>newest position</source>
        <translation>newest position</translation>
    </message>
    <message>
        <source>Check a drone flight or a robot delivery on the Live page</source>
        <translation>Check a drone flight or a robot delivery on the Live page</translation>
    </message>
    <message>
        <source>Planned drone flight</source>
        <translation>Planned drone flight</translation>
    </message>
    <message>
        <source>Planned robot way</source>
        <translation>Planned robot way</translation>
    </message>
    <message>
        <source>%1: %2 km</source>
        <translation>%1: %2 km</translation>
    </message>
    <message numerus="yes">
        <source>Recorded run at %1: %n vehicle(s)</source>
        <translation>
            <numerusform>Recorded run at %1: %n vehicle(s)</numerusform>
            <numerusform>Recorded run at %1: %n vehicle(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Search id or name</source>
        <translation>Search id or name</translation>
    </message>
    <message>
        <source>%1 of %2 vehicles</source>
        <translation>%1 of %2 vehicles</translation>
    </message>
    <message>
        <source>%1/%2 on board</source>
        <translation>%1/%2 on board</translation>
    </message>
    <message>
        <source>Vehicles from</source>
        <translation>Vehicles from</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Recorded run: %1</source>
        <translation>Recorded run: %1</translation>
    </message>
    <message>
        <source>The list and the map&apos;s vehicle layers show the vehicles of a recorded simulation run, at the timeline&apos;s time while it replays that run (else at the run&apos;s end). Simulated vehicles cannot be dispatched; nothing of the run is written to the fleet.</source>
        <translation>The list and the map&apos;s vehicle layers show the vehicles of a recorded simulation run, at the timeline&apos;s time while it replays that run (else at the run&apos;s end). Simulated vehicles cannot be dispatched; nothing of the run is written to the fleet.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the twin has no GTFS timetable (%1)</source>
        <translation>the twin has no GTFS timetable (%1)</translation>
    </message>
    <message>
        <source>the stops of %1 changed meanwhile; look again</source>
        <translation>the stops of %1 changed meanwhile; look again</translation>
    </message>
</context>
<context>
    <name>ct::assets::AssetPlanController</name>
    <message>
        <source>Unknown asset type &quot;%1&quot;.</source>
        <translation>Unknown asset type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This twin has no asset inventory.</source>
        <translation>This twin has no asset inventory.</translation>
    </message>
    <message>
        <source>Deterioration model saved.</source>
        <translation>Deterioration model saved.</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
    <message>
        <source>The twin is open read-only.</source>
        <translation>The twin is open read-only.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) derived from the twin&apos;s roads.</source>
        <translation>
            <numerusform>%n asset(s) derived from the twin&apos;s roads.</numerusform>
            <numerusform>%n asset(s) derived from the twin&apos;s roads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) over %1 years; %2 million yen of %3 spent</source>
        <translation>
            <numerusform>%n intervention(s) over %1 years; %2 million yen of %3 spent</numerusform>
            <numerusform>%n intervention(s) over %1 years; %2 million yen of %3 spent</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the planner first.</source>
        <translation>Run the planner first.</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>Plan %1 saved.</translation>
    </message>
</context>
<context>
    <name>ct::damage::DamageController</name>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
    <message>
        <source>longitude and latitude must be numbers</source>
        <translation>longitude and latitude must be numbers</translation>
    </message>
    <message>
        <source>pick the place on the map or give its coordinates</source>
        <translation>pick the place on the map or give its coordinates</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1 has %2 MiB; at most %3 MiB are accepted</source>
        <translation>%1 has %2 MiB; at most %3 MiB are accepted</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>ct::damage::DamageRegistry</name>
    <message>
        <source>a position needs a longitude within ±180° and a latitude within ±90°</source>
        <translation>a position needs a longitude within ±180° and a latitude within ±90°</translation>
    </message>
    <message>
        <source>the position cannot be transformed to EPSG:6677</source>
        <translation>the position cannot be transformed to EPSG:6677</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>the position cannot be transformed to WGS84</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (expected one of %2)</source>
        <translation>&quot;%1&quot; is not a category (expected one of %2)</translation>
    </message>
    <message>
        <source>must be 1 to 5, not %1</source>
        <translation>must be 1 to 5, not %1</translation>
    </message>
    <message>
        <source>the description has %1 characters; at most %2 are accepted</source>
        <translation>the description has %1 characters; at most %2 are accepted</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of reporter (expected staff, resident or other)</source>
        <translation>&quot;%1&quot; is not a kind of reporter (expected staff, resident or other)</translation>
    </message>
    <message>
        <source>the reporter&apos;s name has %1 characters; at most %2 are accepted</source>
        <translation>the reporter&apos;s name has %1 characters; at most %2 are accepted</translation>
    </message>
    <message>
        <source>the report time %1 lies in the future</source>
        <translation>the report time %1 lies in the future</translation>
    </message>
    <message>
        <source>the position is not a number</source>
        <translation>the position is not a number</translation>
    </message>
    <message>
        <source>the position (%1, %2) lies outside the city boundary</source>
        <translation>the position (%1, %2) lies outside the city boundary</translation>
    </message>
    <message>
        <source>the twin has no damage reports yet (the damage plugin&apos;s schema has not been applied to it)</source>
        <translation>the twin has no damage reports yet (the damage plugin&apos;s schema has not been applied to it)</translation>
    </message>
    <message>
        <source>report %1 is %2; it cannot become %3</source>
        <translation>report %1 is %2; it cannot become %3</translation>
    </message>
    <message>
        <source>say to whom the report is assigned</source>
        <translation>say to whom the report is assigned</translation>
    </message>
    <message>
        <source>the assignee&apos;s name has %1 characters; at most %2 are accepted</source>
        <translation>the assignee&apos;s name has %1 characters; at most %2 are accepted</translation>
    </message>
    <message>
        <source>a report cannot be a duplicate of itself</source>
        <translation>a report cannot be a duplicate of itself</translation>
    </message>
    <message>
        <source>there is no damage report %1 to be a duplicate of</source>
        <translation>there is no damage report %1 to be a duplicate of</translation>
    </message>
    <message>
        <source>report %1 is itself a duplicate of report %2; mark this one a duplicate of %2</source>
        <translation>report %1 is itself a duplicate of report %2; mark this one a duplicate of %2</translation>
    </message>
</context>
<context>
    <name>ct::fleets</name>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time HH:MM:SS (hours may pass 24, minutes and seconds stay below 60)</source>
        <translation>&quot;%1&quot; is not a time HH:MM:SS (hours may pass 24, minutes and seconds stay below 60)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYYMMDD</source>
        <translation>&quot;%1&quot; is not a date YYYYMMDD</translation>
    </message>
    <message>
        <source>pick-up of request %1</source>
        <translation>pick-up of request %1</translation>
    </message>
    <message>
        <source>drop-off of request %1</source>
        <translation>drop-off of request %1</translation>
    </message>
    <message>
        <source>%1 has no planned stops</source>
        <translation>%1 has no planned stops</translation>
    </message>
    <message>
        <source>stops are done in order: %1&apos;s next stop is the %2, not the %3</source>
        <translation>stops are done in order: %1&apos;s next stop is the %2, not the %3</translation>
    </message>
    <message>
        <source>%1 has no stop %2</source>
        <translation>%1 has no stop %2</translation>
    </message>
</context>
<context>
    <name>ct::fleets::AdherenceModel</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min late</numerusform>
            <numerusform>%n min late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n min early</numerusform>
            <numerusform>%n min early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::fleets::DispatchController</name>
    <message>
        <source>No road network in this twin (%1): travel times are straight lines at 25 km/h × 1.3.</source>
        <translation>No road network in this twin (%1): travel times are straight lines at 25 km/h × 1.3.</translation>
    </message>
    <message>
        <source>no on-demand bus in service</source>
        <translation>no on-demand bus in service</translation>
    </message>
    <message>
        <source>Request %1 accepted.</source>
        <translation>Request %1 accepted.</translation>
    </message>
    <message>
        <source>Request %1 given to %2.</source>
        <translation>Request %1 given to %2.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Request %1 rejected.</translation>
    </message>
    <message>
        <source>Stops re-planned: %1 min less driving.</source>
        <translation>Stops re-planned: %1 min less driving.</translation>
    </message>
    <message>
        <source>No better plan found; the stops stay as they are.</source>
        <translation>No better plan found; the stops stay as they are.</translation>
    </message>
    <message>
        <source>Request %1 entered.</source>
        <translation>Request %1 entered.</translation>
    </message>
    <message>
        <source>%1 has arrived at its next stop.</source>
        <translation>%1 has arrived at its next stop.</translation>
    </message>
    <message>
        <source>%1&apos;s stop is done.</source>
        <translation>%1&apos;s stop is done.</translation>
    </message>
    <message>
        <source>No-show recorded; the ride is cancelled.</source>
        <translation>No-show recorded; the ride is cancelled.</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1 skipped: you may not re-optimise.</source>
        <translation>Automatic re-optimisation at %1 skipped: you may not re-optimise.</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1 waited for the desk to be read again.</source>
        <translation>Automatic re-optimisation at %1 waited for the desk to be read again.</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: %2</source>
        <translation>Automatic re-optimisation at %1: %2</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: no plan drives less; nothing changed.</source>
        <translation>Automatic re-optimisation at %1: no plan drives less; nothing changed.</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1 failed: %2</source>
        <translation>Automatic re-optimisation at %1 failed: %2</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: %2 min less driving (stops re-ordered).</source>
        <translation>Automatic re-optimisation at %1: %2 min less driving (stops re-ordered).</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: %2 min less driving; moved %3.</source>
        <translation>Automatic re-optimisation at %1: %2 min less driving; moved %3.</translation>
    </message>
</context>
<context>
    <name>ct::fleets::DispatchDesk</name>
    <message>
        <source>request %1 is not open</source>
        <translation>request %1 is not open</translation>
    </message>
    <message>
        <source>vehicle %1 is not an on-demand bus in service</source>
        <translation>vehicle %1 is not an on-demand bus in service</translation>
    </message>
    <message>
        <source>capacity: %1 has %2 seats, the request needs %3</source>
        <translation>capacity: %1 has %2 seats, the request needs %3</translation>
    </message>
    <message>
        <source>capacity: %1 has no wheelchair place</source>
        <translation>capacity: %1 has no wheelchair place</translation>
    </message>
    <message>
        <source>time window: %1 reaches the pick-up at %2 at the earliest, too late to arrive by %3</source>
        <translation>time window: %1 reaches the pick-up at %2 at the earliest, too late to arrive by %3</translation>
    </message>
    <message>
        <source>capacity: %1 is full along its whole planned route</source>
        <translation>capacity: %1 is full along its whole planned route</translation>
    </message>
    <message>
        <source>time window: fitting the ride into %1&apos;s route would make this or another rider late</source>
        <translation>time window: fitting the ride into %1&apos;s route would make this or another rider late</translation>
    </message>
    <message>
        <source>request %1 does not exist</source>
        <translation>request %1 does not exist</translation>
    </message>
    <message>
        <source>request %1 is no longer open (%2)</source>
        <translation>request %1 is no longer open (%2)</translation>
    </message>
    <message>
        <source>no vehicle can take request %1 within its time window and seats</source>
        <translation>no vehicle can take request %1 within its time window and seats</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>a rejection needs a reason</translation>
    </message>
    <message>
        <source>re-optimisation would leave request %1 without a vehicle; the plan stays as it is</source>
        <translation>re-optimisation would leave request %1 without a vehicle; the plan stays as it is</translation>
    </message>
</context>
<context>
    <name>ct::fleets::FixedRouteModelFactory</name>
    <message>
        <source>unknown key (expected: feed, date)</source>
        <translation>unknown key (expected: feed, date)</translation>
    </message>
    <message>
        <source>expected a date like &quot;20260610&quot;</source>
        <translation>expected a date like &quot;20260610&quot;</translation>
    </message>
    <message>
        <source>the twin has no imported GTFS feed (citytwin-cli import TWIN FEED.zip)</source>
        <translation>the twin has no imported GTFS feed (citytwin-cli import TWIN FEED.zip)</translation>
    </message>
    <message>
        <source>unknown feed (the twin has: %1)</source>
        <translation>unknown feed (the twin has: %1)</translation>
    </message>
    <message>
        <source>no service date: give models.fixedroute.date or the scenario&apos;s start</source>
        <translation>no service date: give models.fixedroute.date or the scenario&apos;s start</translation>
    </message>
</context>
<context>
    <name>ct::fleets::FleetController</name>
    <message>
        <source>Recorded run %1 at %2 (simulated, read-only)</source>
        <translation>Recorded run %1 at %2 (simulated, read-only)</translation>
    </message>
</context>
<context>
    <name>ct::fleets::GtfsImporter</name>
    <message>
        <source>GTFS / GTFS-JP timetable feed (zip)</source>
        <translation>GTFS / GTFS-JP timetable feed (zip)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>not a zip archive; a GTFS feed is a .zip of .txt files</source>
        <translation>not a zip archive; a GTFS feed is a .zip of .txt files</translation>
    </message>
    <message>
        <source>cannot list the zip archive</source>
        <translation>cannot list the zip archive</translation>
    </message>
    <message>
        <source>the twin has no GTFS tables (the fleets plugin&apos;s schema is not applied)</source>
        <translation>the twin has no GTFS tables (the fleets plugin&apos;s schema is not applied)</translation>
    </message>
    <message>
        <source>the feed has no %1, a required file</source>
        <translation>the feed has no %1, a required file</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;, a required field</source>
        <translation>the header has no column &quot;%1&quot;, a required field</translation>
    </message>
    <message>
        <source>the feed has neither calendar.txt nor calendar_dates.txt; one of them is required</source>
        <translation>the feed has neither calendar.txt nor calendar_dates.txt; one of them is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2</source>
        <translation>&quot;%1&quot; is not in %2</translation>
    </message>
    <message>
        <source>agency.txt has no agency</source>
        <translation>agency.txt has no agency</translation>
    </message>
    <message>
        <source>a value is required when the feed has several agencies</source>
        <translation>a value is required when the feed has several agencies</translation>
    </message>
    <message>
        <source>a value is required for location_type %1</source>
        <translation>a value is required for location_type %1</translation>
    </message>
    <message>
        <source>calendar.txt or calendar_dates.txt</source>
        <translation>calendar.txt or calendar_dates.txt</translation>
    </message>
    <message>
        <source>%1 appears twice in trip &quot;%2&quot;</source>
        <translation>%1 appears twice in trip &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is before the previous stop&apos;s time %2 in trip &quot;%3&quot;</source>
        <translation>%1 is before the previous stop&apos;s time %2 in trip &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the end is not after start_time</source>
        <translation>the end is not after start_time</translation>
    </message>
    <message>
        <source>shape &quot;%1&quot; has fewer than two points</source>
        <translation>shape &quot;%1&quot; has fewer than two points</translation>
    </message>
    <message>
        <source>the coordinates cannot be transformed to EPSG:6677</source>
        <translation>the coordinates cannot be transformed to EPSG:6677</translation>
    </message>
    <message>
        <source>shape &quot;%1&quot; cannot be transformed to EPSG:6677</source>
        <translation>shape &quot;%1&quot; cannot be transformed to EPSG:6677</translation>
    </message>
    <message>
        <source>trip &quot;%1&quot; has only one stop</source>
        <translation>trip &quot;%1&quot; has only one stop</translation>
    </message>
    <message>
        <source>the first and the last stop of trip &quot;%1&quot; need a time</source>
        <translation>the first and the last stop of trip &quot;%1&quot; need a time</translation>
    </message>
    <message>
        <source>the end is before start_date</source>
        <translation>the end is before start_date</translation>
    </message>
</context>
<context>
    <name>ct::fleets::GtfsRealtimeFeed</name>
    <message>
        <source>the file is empty, not a GTFS-Realtime feed</source>
        <translation>the file is empty, not a GTFS-Realtime feed</translation>
    </message>
    <message>
        <source>not a GTFS-Realtime FeedMessage: the protobuf data is corrupt or incomplete (%1)</source>
        <translation>not a GTFS-Realtime FeedMessage: the protobuf data is corrupt or incomplete (%1)</translation>
    </message>
    <message>
        <source>the vehicle position has no position</source>
        <translation>the vehicle position has no position</translation>
    </message>
    <message>
        <source>position.latitude %1 is out of range</source>
        <translation>position.latitude %1 is out of range</translation>
    </message>
    <message>
        <source>position.longitude %1 is out of range</source>
        <translation>position.longitude %1 is out of range</translation>
    </message>
</context>
<context>
    <name>ct::fleets::OnDemandModelFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>unknown key (expected: %1)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a duration like &quot;00:15&quot;</source>
        <translation>expected a duration like &quot;00:15&quot;</translation>
    </message>
    <message>
        <source>more wheelchair places than seats (%1)</source>
        <translation>more wheelchair places than seats (%1)</translation>
    </message>
    <message>
        <source>hospital_share and station_share add up to more than 1</source>
        <translation>hospital_share and station_share add up to more than 1</translation>
    </message>
    <message>
        <source>the twin has no bus_stops layer with two stops or more</source>
        <translation>the twin has no bus_stops layer with two stops or more</translation>
    </message>
    <message>
        <source>expected &quot;grid&quot;, &quot;bus_stops&quot; or a list of points [[x, y], …]</source>
        <translation>expected &quot;grid&quot;, &quot;bus_stops&quot; or a list of points [[x, y], …]</translation>
    </message>
    <message>
        <source>the twin has no on-demand zones (bus_routes of kind on_demand_zone)</source>
        <translation>the twin has no on-demand zones (bus_routes of kind on_demand_zone)</translation>
    </message>
    <message>
        <source>expected &quot;city&quot;, &quot;zones&quot; or a polygon [[x, y], …]</source>
        <translation>expected &quot;city&quot;, &quot;zones&quot; or a polygon [[x, y], …]</translation>
    </message>
    <message>
        <source>expected a list of points [[x, y], …] in metres (EPSG:6677)</source>
        <translation>expected a list of points [[x, y], …] in metres (EPSG:6677)</translation>
    </message>
    <message>
        <source>expected 24 hourly weights ≥ 0, not all 0</source>
        <translation>expected 24 hourly weights ≥ 0, not all 0</translation>
    </message>
</context>
<context>
    <name>ct::fleets::RealtimeFeedPoller</name>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 is not an http(s) URL</translation>
    </message>
    <message>
        <source>no twin is open</source>
        <translation>no twin is open</translation>
    </message>
    <message>
        <source>the twin is open read-only</source>
        <translation>the twin is open read-only</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: no answer within %2 s</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 %3</source>
        <translation>%1: the server answered HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: cannot fetch: %2</source>
        <translation>%1: cannot fetch: %2</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Not polling</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <source>Connected, checked at %1; %n vehicle(s) in the last new feed</source>
        <translation>
            <numerusform>Connected, checked at %1; %n vehicle(s) in the last new feed</numerusform>
            <numerusform>Connected, checked at %1; %n vehicle(s) in the last new feed</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>ct::fleets::RecordedVehicleReader</name>
    <message>
        <source>cannot read the recorded runs</source>
        <translation>cannot read the recorded runs</translation>
    </message>
    <message>
        <source>there is no recorded run %1 with vehicles</source>
        <translation>there is no recorded run %1 with vehicles</translation>
    </message>
    <message>
        <source>cannot read the recorded vehicles</source>
        <translation>cannot read the recorded vehicles</translation>
    </message>
    <message>
        <source>recorded run %1 has no samples</source>
        <translation>recorded run %1 has no samples</translation>
    </message>
    <message>
        <source>cannot read the recorded vehicles: %1</source>
        <translation>cannot read the recorded vehicles: %1</translation>
    </message>
</context>
<context>
    <name>ct::fleets::RequestIntake</name>
    <message>
        <source>passengers must be at least 1</source>
        <translation>passengers must be at least 1</translation>
    </message>
    <message>
        <source>%1 passengers do not fit any on-demand bus (at most %2 seats)</source>
        <translation>%1 passengers do not fit any on-demand bus (at most %2 seats)</translation>
    </message>
    <message>
        <source>no on-demand bus has a wheelchair place</source>
        <translation>no on-demand bus has a wheelchair place</translation>
    </message>
    <message>
        <source>pick-up and drop-off need positions</source>
        <translation>pick-up and drop-off need positions</translation>
    </message>
    <message>
        <source>the pick-up is outside the service area (the on-demand zones)</source>
        <translation>the pick-up is outside the service area (the on-demand zones)</translation>
    </message>
    <message>
        <source>pick-up and drop-off are the same place</source>
        <translation>pick-up and drop-off are the same place</translation>
    </message>
    <message>
        <source>the earliest pick-up and the latest arrival are required</source>
        <translation>the earliest pick-up and the latest arrival are required</translation>
    </message>
    <message>
        <source>the latest arrival must be after the earliest pick-up</source>
        <translation>the latest arrival must be after the earliest pick-up</translation>
    </message>
    <message>
        <source>the latest arrival has passed</source>
        <translation>the latest arrival has passed</translation>
    </message>
    <message>
        <source>the drop-off cannot be reached by road from the pick-up</source>
        <translation>the drop-off cannot be reached by road from the pick-up</translation>
    </message>
    <message>
        <source>the latest arrival cannot be met: the direct ride alone takes %1 min</source>
        <translation>the latest arrival cannot be met: the direct ride alone takes %1 min</translation>
    </message>
</context>
<context>
    <name>ct::fleets::ScheduleAdherence</name>
    <message>
        <source>the trip needs two stops and times at its first and last stop</source>
        <translation>the trip needs two stops and times at its first and last stop</translation>
    </message>
    <message>
        <source>trip %1 is in no imported GTFS feed</source>
        <translation>trip %1 is in no imported GTFS feed</translation>
    </message>
    <message>
        <source>trip %1 runs by frequencies (no fixed times)</source>
        <translation>trip %1 runs by frequencies (no fixed times)</translation>
    </message>
    <message>
        <source>stop %1 of trip %2 has no coordinates</source>
        <translation>stop %1 of trip %2 has no coordinates</translation>
    </message>
    <message>
        <source>stop %1 cannot be placed in EPSG:6677</source>
        <translation>stop %1 cannot be placed in EPSG:6677</translation>
    </message>
    <message>
        <source>no position or report time</source>
        <translation>no position or report time</translation>
    </message>
</context>
<context>
    <name>ct::fleets::StopLifecycle</name>
    <message>
        <source>the %1 has already started</source>
        <translation>the %1 has already started</translation>
    </message>
    <message>
        <source>the %1 cannot be done: the request is %2, not %3</source>
        <translation>the %1 cannot be done: the request is %2, not %3</translation>
    </message>
    <message>
        <source>a no-show is a pick-up&apos;s: the %1 is a drop-off</source>
        <translation>a no-show is a pick-up&apos;s: the %1 is a drop-off</translation>
    </message>
    <message>
        <source>the %1 cannot be a no-show: the request is %2</source>
        <translation>the %1 cannot be a no-show: the request is %2</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen</name>
    <message>
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>en route</translation>
    </message>
    <message>
        <source>supplying power</source>
        <translation>supplying power</translation>
    </message>
    <message>
        <source>refuelling</source>
        <translation>refuelling</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>underway</source>
        <translation>underway</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::BusStateBook</name>
    <message>
        <source>the twin has no layer fuel_cell_buses</source>
        <translation>the twin has no layer fuel_cell_buses</translation>
    </message>
    <message>
        <source>no fuel-cell bus %1</source>
        <translation>no fuel-cell bus %1</translation>
    </message>
    <message>
        <source>bus %1 is already %2</source>
        <translation>bus %1 is already %2</translation>
    </message>
    <message>
        <source>bus %1 cannot go from %2 to %3 directly</source>
        <translation>bus %1 cannot go from %2 to %3 directly</translation>
    </message>
    <message>
        <source>energy %1 kWh is outside 0..%2 kWh</source>
        <translation>energy %1 kWh is outside 0..%2 kWh</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::DispatchInputReader</name>
    <message>
        <source>the twin has no layer fuel_cell_buses</source>
        <translation>the twin has no layer fuel_cell_buses</translation>
    </message>
    <message>
        <source>unknown bus state &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown bus state &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>export power must be positive, not %1 kW</source>
        <translation>export power must be positive, not %1 kW</translation>
    </message>
    <message>
        <source>energy %1 kWh is outside 0..%2 kWh</source>
        <translation>energy %1 kWh is outside 0..%2 kWh</translation>
    </message>
    <message>
        <source>the bus has no position</source>
        <translation>the bus has no position</translation>
    </message>
    <message>
        <source>the twin has no view shelter_power_need: the shelters plugin (schema version 2 or later) provides the shelters&apos; occupancy, medical needs and outage hours</source>
        <translation>the twin has no view shelter_power_need: the shelters plugin (schema version 2 or later) provides the shelters&apos; occupancy, medical needs and outage hours</translation>
    </message>
    <message>
        <source>shelter_power_need names shelter %1, which has no position in the shelters layer</source>
        <translation>shelter_power_need names shelter %1, which has no position in the shelters layer</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::DispatchOrderBook</name>
    <message>
        <source>an infeasible plan cannot be accepted</source>
        <translation>an infeasible plan cannot be accepted</translation>
    </message>
    <message>
        <source>the plan has %1 buses, the problem %2</source>
        <translation>the plan has %1 buses, the problem %2</translation>
    </message>
    <message>
        <source>the plan has no stops to order</source>
        <translation>the plan has no stops to order</translation>
    </message>
    <message>
        <source>the plan needs a start time</source>
        <translation>the plan needs a start time</translation>
    </message>
    <message>
        <source>no dispatch order %1</source>
        <translation>no dispatch order %1</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3</source>
        <translation>order %1 cannot go from %2 to %3</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::DispatchProblem</name>
    <message>
        <source>the travel matrix has %1 sites, the problem %2</source>
        <translation>the travel matrix has %1 sites, the problem %2</translation>
    </message>
    <message>
        <source>the horizon must be a positive number of hours</source>
        <translation>the horizon must be a positive number of hours</translation>
    </message>
    <message>
        <source>the medical factor must not be negative</source>
        <translation>the medical factor must not be negative</translation>
    </message>
    <message>
        <source>a bus needs room for at least one stop</source>
        <translation>a bus needs room for at least one stop</translation>
    </message>
    <message>
        <source>bus %1: export power and tank must be positive, consumption and refuelling time not negative</source>
        <translation>bus %1: export power and tank must be positive, consumption and refuelling time not negative</translation>
    </message>
    <message>
        <source>bus %1: energy %2 kWh is outside 0..%3 kWh</source>
        <translation>bus %1: energy %2 kWh is outside 0..%3 kWh</translation>
    </message>
    <message>
        <source>bus %1: negative ready time</source>
        <translation>bus %1: negative ready time</translation>
    </message>
    <message>
        <source>shelter %1: negative occupancy or medical count</source>
        <translation>shelter %1: negative occupancy or medical count</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PlanEvaluator</name>
    <message>
        <source>bus %1 is out of service</source>
        <translation>bus %1 is out of service</translation>
    </message>
    <message>
        <source>the travel matrix does not match the problem</source>
        <translation>the travel matrix does not match the problem</translation>
    </message>
    <message>
        <source>bus %1 has more than %2 stops</source>
        <translation>bus %1 has more than %2 stops</translation>
    </message>
    <message>
        <source>bus %1, stop %2: no shelter %3</source>
        <translation>bus %1, stop %2: no shelter %3</translation>
    </message>
    <message>
        <source>bus %1, stop %2: no hydrogen station can be reached</source>
        <translation>bus %1, stop %2: no hydrogen station can be reached</translation>
    </message>
    <message>
        <source>bus %1, stop %2: the road there is closed or missing</source>
        <translation>bus %1, stop %2: the road there is closed or missing</translation>
    </message>
    <message>
        <source>bus %1, stop %2: %3 kWh on board, %4 kWh needed to get there and on to a station</source>
        <translation>bus %1, stop %2: %3 kWh on board, %4 kWh needed to get there and on to a station</translation>
    </message>
    <message>
        <source>bus %1, stop %2: no station can be reached from this shelter</source>
        <translation>bus %1, stop %2: no station can be reached from this shelter</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PowerDispatchController</name>
    <message>
        <source>Reading the twin and driving times over the roads…</source>
        <translation>Reading the twin and driving times over the roads…</translation>
    </message>
    <message>
        <source>Optimising the dispatch…</source>
        <translation>Optimising the dispatch…</translation>
    </message>
    <message>
        <source>Open a twin to see its fuel-cell buses.</source>
        <translation>Open a twin to see its fuel-cell buses.</translation>
    </message>
    <message>
        <source>Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); this twin does not have it, so shelters without power cannot be read.</source>
        <translation>Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); this twin does not have it, so shelters without power cannot be read.</translation>
    </message>
    <message>
        <source>hydrogen station</source>
        <translation>hydrogen station</translation>
    </message>
    <message>
        <source>Open a twin first.</source>
        <translation>Open a twin first.</translation>
    </message>
    <message>
        <source>Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); this twin does not have it.</source>
        <translation>Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); this twin does not have it.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>Planning cancelled.</translation>
    </message>
    <message>
        <source>Planned %1 buses for %2 shelters without power in %3 ms.</source>
        <translation>Planned %1 buses for %2 shelters without power in %3 ms.</translation>
    </message>
    <message numerus="yes">
        <source>%n road(s) closed.</source>
        <translation>
            <numerusform>%n road(s) closed.</numerusform>
            <numerusform>%n road(s) closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Choose another bus.</source>
        <translation>Choose another bus.</translation>
    </message>
    <message>
        <source>Bus %1 is off: it cannot be dispatched.</source>
        <translation>Bus %1 is off: it cannot be dispatched.</translation>
    </message>
    <message>
        <source>Bus %1 already has %2 stops.</source>
        <translation>Bus %1 already has %2 stops.</translation>
    </message>
    <message>
        <source>Not changed: bus %1 cannot reach that stop with the energy it has, even with refuelling stops as planned.</source>
        <translation>Not changed: bus %1 cannot reach that stop with the energy it has, even with refuelling stops as planned.</translation>
    </message>
    <message>
        <source>Stop moved to bus %1.</source>
        <translation>Stop moved to bus %1.</translation>
    </message>
    <message>
        <source>Stop removed from the plan.</source>
        <translation>Stop removed from the plan.</translation>
    </message>
    <message>
        <source>The plan is on the map (layers &quot;Power plan routes&quot; and &quot;Power plan stops&quot;).</source>
        <translation>The plan is on the map (layers &quot;Power plan routes&quot; and &quot;Power plan stops&quot;).</translation>
    </message>
    <message>
        <source>Plan %1 accepted: dispatch orders created and shown on the map.</source>
        <translation>Plan %1 accepted: dispatch orders created and shown on the map.</translation>
    </message>
    <message>
        <source>Plan %1 accepted: dispatch orders created.</source>
        <translation>Plan %1 accepted: dispatch orders created.</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>Order %1 is %2.</translation>
    </message>
    <message>
        <source>Bus %1 is %2.</source>
        <translation>Bus %1 is %2.</translation>
    </message>
    <message>
        <source>The twin changed while planning; plan again.</source>
        <translation>The twin changed while planning; plan again.</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PowerDispatchModelFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>unknown key (expected: %1)</translation>
    </message>
    <message>
        <source>expected &quot;accepted&quot; or &quot;optimise&quot;</source>
        <translation>expected &quot;accepted&quot; or &quot;optimise&quot;</translation>
    </message>
    <message>
        <source>expected a number above 0</source>
        <translation>expected a number above 0</translation>
    </message>
    <message>
        <source>the twin has no view shelter_power_need (the shelters plugin provides it)</source>
        <translation>the twin has no view shelter_power_need (the shelters plugin provides it)</translation>
    </message>
    <message>
        <source>the twin has no accepted power dispatch plan (use &quot;optimise&quot; to plan one)</source>
        <translation>the twin has no accepted power dispatch plan (use &quot;optimise&quot; to plan one)</translation>
    </message>
    <message>
        <source>the twin has no accepted power dispatch plan</source>
        <translation>the twin has no accepted power dispatch plan</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PowerPlanReport</name>
    <message>
        <source>Power dispatch by fuel-cell buses</source>
        <translation>Power dispatch by fuel-cell buses</translation>
    </message>
    <message>
        <source>The power dispatch plans cannot be read: %1</source>
        <translation>The power dispatch plans cannot be read: %1</translation>
    </message>
    <message>
        <source>No power dispatch plan had been accepted by the time of the report.</source>
        <translation>No power dispatch plan had been accepted by the time of the report.</translation>
    </message>
    <message>
        <source>Plan %1, accepted %2 by %3 (%4), covers %5 h from %6. Covered person-hours weigh each person by the hours of power the plan brings to their shelter; persons with medical needs count three times.</source>
        <translation>Plan %1, accepted %2 by %3 (%4), covers %5 h from %6. Covered person-hours weigh each person by the hours of power the plan brings to their shelter; persons with medical needs count three times.</translation>
    </message>
    <message>
        <source>The dispatch orders cannot be read: %1</source>
        <translation>The dispatch orders cannot be read: %1</translation>
    </message>
    <message>
        <source>Dispatch orders</source>
        <translation>Dispatch orders</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Supply (h)</source>
        <translation>Supply (h)</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Person-hours</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>hydrogen station (refuelling)</source>
        <translation>hydrogen station (refuelling)</translation>
    </message>
    <message>
        <source>Covered person-hours (plan)</source>
        <translation>Covered person-hours (plan)</translation>
    </message>
    <message>
        <source>Covered person-hours (simple greedy rule)</source>
        <translation>Covered person-hours (simple greedy rule)</translation>
    </message>
    <message>
        <source>Orders pending</source>
        <translation>Orders pending</translation>
    </message>
    <message>
        <source>Orders underway</source>
        <translation>Orders underway</translation>
    </message>
    <message>
        <source>Orders done</source>
        <translation>Orders done</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Orders cancelled</translation>
    </message>
    <message>
        <source>Order states are shown as they are now.</source>
        <translation>Order states are shown as they are now.</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>Fuel-cell buses</translation>
    </message>
    <message>
        <source>The buses cannot be read: %1</source>
        <translation>The buses cannot be read: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energy (kWh)</translation>
    </message>
    <message>
        <source>Supply left at full output (h)</source>
        <translation>Supply left at full output (h)</translation>
    </message>
    <message>
        <source>Buses</source>
        <translation>Buses</translation>
    </message>
    <message>
        <source>Buses available for dispatch (not off)</source>
        <translation>Buses available for dispatch (not off)</translation>
    </message>
    <message>
        <source>Exportable energy on board</source>
        <translation>Exportable energy on board</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>No power dispatch data yet: the hydrogen plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</source>
        <translation>No power dispatch data yet: the hydrogen plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</translation>
    </message>
</context>
<context>
    <name>ct::report::ReportGenerator</name>
    <message>
        <source>The plugin &quot;%1&quot; could not write its part: %2</source>
        <translation>The plugin &quot;%1&quot; could not write its part: %2</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; could not write its part.</source>
        <translation>The plugin &quot;%1&quot; could not write its part.</translation>
    </message>
    <message>
        <source>The state of the layer &quot;%1&quot; could not be read: %2</source>
        <translation>The state of the layer &quot;%1&quot; could not be read: %2</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Operator actions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>The %1 most recent of %2 actions up to the time of the report, newest first.</source>
        <translation>The %1 most recent of %2 actions up to the time of the report, newest first.</translation>
    </message>
    <message>
        <source>Actions recorded up to the time of the report, newest first.</source>
        <translation>Actions recorded up to the time of the report, newest first.</translation>
    </message>
    <message>
        <source>Twin contents</source>
        <translation>Twin contents</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>cannot write the report: %1</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>Situation report</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Situation at</source>
        <translation>Situation at</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Twin file</source>
        <translation>Twin file</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>The twin has no map layers to show.</source>
        <translation>The twin has no map layers to show.</translation>
    </message>
    <message>
        <source>Boundary, water, rivers, roads and the facilities of the domain plugins; coloured symbols show the state of each facility where it is known.</source>
        <translation>Boundary, water, rivers, roads and the facilities of the domain plugins; coloured symbols show the state of each facility where it is known.</translation>
    </message>
    <message>
        <source>Facility states are those of %1, when the report was made.</source>
        <translation>Facility states are those of %1, when the report was made.</translation>
    </message>
    <message>
        <source>No loaded plugin contributes a section to the report.</source>
        <translation>No loaded plugin contributes a section to the report.</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>cannot start the PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>cannot add a page to the PDF</translation>
    </message>
    <message>
        <source>cannot move the finished report into place from %1</source>
        <translation>cannot move the finished report into place from %1</translation>
    </message>
</context>
<context>
    <name>ct::safety</name>
    <message>
        <source>unknown GDAL error</source>
        <translation>unknown GDAL error</translation>
    </message>
    <message>
        <source>the output exists; refusing to overwrite it</source>
        <translation>the output exists; refusing to overwrite it</translation>
    </message>
    <message>
        <source>cannot create the output directory</source>
        <translation>cannot create the output directory</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot move the finished directory into place</source>
        <translation>cannot move the finished directory into place</translation>
    </message>
    <message>
        <source>cannot write the alert&apos;s lifecycle step</source>
        <translation>cannot write the alert&apos;s lifecycle step</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertExporter</name>
    <message>
        <source>the output exists; refusing to overwrite it</source>
        <translation>the output exists; refusing to overwrite it</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL has no %1 driver</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>cannot create the file: %1</translation>
    </message>
    <message>
        <source>cannot create the layer: %1</source>
        <translation>cannot create the layer: %1</translation>
    </message>
    <message>
        <source>cannot create field %1: %2</source>
        <translation>cannot create field %1: %2</translation>
    </message>
    <message>
        <source>cannot write alert %1: %2</source>
        <translation>cannot write alert %1: %2</translation>
    </message>
    <message>
        <source>GDAL failed while writing: %1</source>
        <translation>GDAL failed while writing: %1</translation>
    </message>
    <message>
        <source>cannot move the finished file into place</source>
        <translation>cannot move the finished file into place</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertReader</name>
    <message>
        <source>cannot read the safety alerts</source>
        <translation>cannot read the safety alerts</translation>
    </message>
    <message>
        <source>there is no safety alert %1 you may see</source>
        <translation>there is no safety alert %1 you may see</translation>
    </message>
    <message>
        <source>cannot read the alert&apos;s lifecycle</source>
        <translation>cannot read the alert&apos;s lifecycle</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertSimulationFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>unknown key (expected: %1)</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>school_share and station_share add up to more than 1</source>
        <translation>school_share and station_share add up to more than 1</translation>
    </message>
    <message>
        <source>expected a list of [longitude, latitude]</source>
        <translation>expected a list of [longitude, latitude]</translation>
    </message>
    <message>
        <source>expected [longitude, latitude] in degrees</source>
        <translation>expected [longitude, latitude] in degrees</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertStore</name>
    <message>
        <source>cannot store the alert</source>
        <translation>cannot store the alert</translation>
    </message>
    <message>
        <source>cannot store the alert&apos;s personal data</source>
        <translation>cannot store the alert&apos;s personal data</translation>
    </message>
    <message>
        <source>there is no safety alert %1</source>
        <translation>there is no safety alert %1</translation>
    </message>
    <message>
        <source>retracting an alert needs a reason</source>
        <translation>retracting an alert needs a reason</translation>
    </message>
    <message>
        <source>an alert cannot go back to received</source>
        <translation>an alert cannot go back to received</translation>
    </message>
    <message>
        <source>safety alert %1 is %2 and cannot become %3</source>
        <translation>safety alert %1 is %2 and cannot become %3</translation>
    </message>
    <message>
        <source>cannot change the alert&apos;s status</source>
        <translation>cannot change the alert&apos;s status</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertValidator</name>
    <message>
        <source>an alert needs the time it happened</source>
        <translation>an alert needs the time it happened</translation>
    </message>
    <message>
        <source>the time %1 is in the future</source>
        <translation>the time %1 is in the future</translation>
    </message>
    <message>
        <source>the time range ends before it starts</source>
        <translation>the time range ends before it starts</translation>
    </message>
    <message>
        <source>an alert needs a category</source>
        <translation>an alert needs a category</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an alert needs a place: pick a point, give an address or a school</source>
        <translation>an alert needs a place: pick a point, give an address or a school</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is not a place name this twin knows; pick the point on the map</source>
        <translation>the address &quot;%1&quot; is not a place name this twin knows; pick the point on the map</translation>
    </message>
    <message>
        <source>there is no school %1 in this twin</source>
        <translation>there is no school %1 in this twin</translation>
    </message>
    <message>
        <source>the place has no valid coordinates</source>
        <translation>the place has no valid coordinates</translation>
    </message>
    <message>
        <source>the place (%1, %2) is outside the city</source>
        <translation>the place (%1, %2) is outside the city</translation>
    </message>
</context>
<context>
    <name>ct::safety::AreaCatalogue</name>
    <message>
        <source>an area needs an id and a name</source>
        <translation>an area needs an id and a name</translation>
    </message>
    <message>
        <source>subscribers must be 0 or more</source>
        <translation>subscribers must be 0 or more</translation>
    </message>
    <message>
        <source>the area has no shape</source>
        <translation>the area has no shape</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>the header has no column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>area_id is empty</source>
        <translation>area_id is empty</translation>
    </message>
    <message>
        <source>area_id &quot;%1&quot; appears twice</source>
        <translation>area_id &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>name is empty</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not school-district, neighbourhood, polygon or radius</source>
        <translation>kind &quot;%1&quot; is not school-district, neighbourhood, polygon or radius</translation>
    </message>
    <message>
        <source>subscribers &quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>subscribers &quot;%1&quot; is not a whole number of 0 or more</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is not a school district of this twin</source>
        <translation>district &quot;%1&quot; is not a school district of this twin</translation>
    </message>
    <message>
        <source>wkt is empty</source>
        <translation>wkt is empty</translation>
    </message>
    <message>
        <source>lon/lat must be WGS84 degrees</source>
        <translation>lon/lat must be WGS84 degrees</translation>
    </message>
    <message>
        <source>radius_m must be a number of metres above 0</source>
        <translation>radius_m must be a number of metres above 0</translation>
    </message>
    <message>
        <source>the centre cannot be transformed to the twin&apos;s CRS</source>
        <translation>the centre cannot be transformed to the twin&apos;s CRS</translation>
    </message>
    <message>
        <source>the file has no areas</source>
        <translation>the file has no areas</translation>
    </message>
</context>
<context>
    <name>ct::safety::CsvTable</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>cannot read the file (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8 or Shift_JIS</source>
        <translation>UTF-16 text is not supported; save the file as UTF-8 or Shift_JIS</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)</source>
        <translation>the text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)</translation>
    </message>
    <message>
        <source>the Shift_JIS text cannot be converted</source>
        <translation>the Shift_JIS text cannot be converted</translation>
    </message>
    <message>
        <source>GDAL cannot read the file as CSV: %1</source>
        <translation>GDAL cannot read the file as CSV: %1</translation>
    </message>
</context>
<context>
    <name>ct::safety::DrawnAreas</name>
    <message>
        <source>Give the area a name.</source>
        <translation>Give the area a name.</translation>
    </message>
    <message>
        <source>The number of subscribers must be between 0 and %1.</source>
        <translation>The number of subscribers must be between 0 and %1.</translation>
    </message>
    <message>
        <source>The twin has no city boundary, so an area cannot be checked to lie in the city.</source>
        <translation>The twin has no city boundary, so an area cannot be checked to lie in the city.</translation>
    </message>
    <message>
        <source>The radius must be between %1 m and %2 m (it is %3 m).</source>
        <translation>The radius must be between %1 m and %2 m (it is %3 m).</translation>
    </message>
    <message>
        <source>The centre (%1, %2) lies outside the city.</source>
        <translation>The centre (%1, %2) lies outside the city.</translation>
    </message>
    <message>
        <source>Only polygons and radii are drawn.</source>
        <translation>Only polygons and radii are drawn.</translation>
    </message>
    <message>
        <source>A polygon needs at least three corners (it has %1).</source>
        <translation>A polygon needs at least three corners (it has %1).</translation>
    </message>
    <message>
        <source>The polygon crosses itself or has no area; draw its corners in order around the area.</source>
        <translation>The polygon crosses itself or has no area; draw its corners in order around the area.</translation>
    </message>
    <message>
        <source>Corner %1 (%2, %3) lies outside the city.</source>
        <translation>Corner %1 (%2, %3) lies outside the city.</translation>
    </message>
    <message>
        <source>There is no area &quot;%1&quot;.</source>
        <translation>There is no area &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ct::safety::Outbox</name>
    <message>
        <source>cannot read the outbox</source>
        <translation>cannot read the outbox</translation>
    </message>
    <message>
        <source>cannot read the notices</source>
        <translation>cannot read the notices</translation>
    </message>
    <message>
        <source>cannot update the outbox</source>
        <translation>cannot update the outbox</translation>
    </message>
    <message>
        <source>outbox entry %1 is not pending</source>
        <translation>outbox entry %1 is not pending</translation>
    </message>
</context>
<context>
    <name>ct::safety::PoliceCrimeImporter</name>
    <message>
        <source>the header has no column &quot;%1&quot;; is this the police crime open data?</source>
        <translation>the header has no column &quot;%1&quot;; is this the police crime open data?</translation>
    </message>
    <message>
        <source>no offence (罪名) and no method (手口)</source>
        <translation>no offence (罪名) and no method (手口)</translation>
    </message>
    <message>
        <source>another municipality (%1 %2)</source>
        <translation>another municipality (%1 %2)</translation>
    </message>
    <message>
        <source>no valid date (発生年月日): &quot;%1&quot;</source>
        <translation>no valid date (発生年月日): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>the date %1 is in the future</translation>
    </message>
    <message>
        <source>no town and block (町丁目)</source>
        <translation>no town and block (町丁目)</translation>
    </message>
    <message>
        <source>the town &quot;%1&quot; is not a place of this twin</source>
        <translation>the town &quot;%1&quot; is not a place of this twin</translation>
    </message>
    <message>
        <source>the town &quot;%1&quot; lies outside the city boundary</source>
        <translation>the town &quot;%1&quot; lies outside the city boundary</translation>
    </message>
    <message>
        <source>located at %1 (approximate)</source>
        <translation>located at %1 (approximate)</translation>
    </message>
    <message>
        <source>cannot read the safety alerts</source>
        <translation>cannot read the safety alerts</translation>
    </message>
    <message>
        <source>cannot update the alert</source>
        <translation>cannot update the alert</translation>
    </message>
    <message>
        <source>cannot store the alert</source>
        <translation>cannot store the alert</translation>
    </message>
    <message>
        <source>%1: %2 rows placed at a coarser name than their 町丁目 (approximate)</source>
        <translation>%1: %2 rows placed at a coarser name than their 町丁目 (approximate)</translation>
    </message>
</context>
<context>
    <name>ct::safety::Publisher</name>
    <message>
        <source>cannot store the notice</source>
        <translation>cannot store the notice</translation>
    </message>
    <message>
        <source>cannot write the outbox</source>
        <translation>cannot write the outbox</translation>
    </message>
    <message>
        <source>cannot read the notice</source>
        <translation>cannot read the notice</translation>
    </message>
    <message>
        <source>cannot store the cancel message</source>
        <translation>cannot store the cancel message</translation>
    </message>
    <message>
        <source>cannot cancel the outbox entries</source>
        <translation>cannot cancel the outbox entries</translation>
    </message>
</context>
<context>
    <name>ct::safety::RecordedAlertReader</name>
    <message>
        <source>cannot read the recorded runs</source>
        <translation>cannot read the recorded runs</translation>
    </message>
    <message>
        <source>there is no recorded run %1 with safety alerts</source>
        <translation>there is no recorded run %1 with safety alerts</translation>
    </message>
    <message>
        <source>cannot read the recorded alerts</source>
        <translation>cannot read the recorded alerts</translation>
    </message>
</context>
<context>
    <name>ct::safety::StreetlightImporter</name>
    <message>
        <source>Streetlight sites (CSV, replace the generated ones)</source>
        <translation>Streetlight sites (CSV, replace the generated ones)</translation>
    </message>
    <message>
        <source>the header needs longitude and latitude columns (lon, lat or 経度, 緯度)</source>
        <translation>the header needs longitude and latitude columns (lon, lat or 経度, 緯度)</translation>
    </message>
    <message>
        <source>the twin has no city boundary to check the sites against</source>
        <translation>the twin has no city boundary to check the sites against</translation>
    </message>
    <message>
        <source>no readable longitude/latitude</source>
        <translation>no readable longitude/latitude</translation>
    </message>
    <message>
        <source>longitude/latitude out of range</source>
        <translation>longitude/latitude out of range</translation>
    </message>
    <message>
        <source>cannot be transformed to the twin&apos;s CRS</source>
        <translation>cannot be transformed to the twin&apos;s CRS</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>outside the city</translation>
    </message>
    <message>
        <source>no usable streetlight site in the file (%1 rows skipped)</source>
        <translation>no usable streetlight site in the file (%1 rows skipped)</translation>
    </message>
</context>
<context>
    <name>ct::sensors</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: not JSON: %3</source>
        <translation>%1:%2: not JSON: %3</translation>
    </message>
    <message>
        <source>%1: expected a SensorThings collection {&quot;value&quot;: [...]}</source>
        <translation>%1: expected a SensorThings collection {&quot;value&quot;: [...]}</translation>
    </message>
</context>
<context>
    <name>ct::sensors::RainfallSettings</name>
    <message>
        <source>missing: the rainfall in mm/h, a list with one value per step or one number</source>
        <translation>missing: the rainfall in mm/h, a list with one value per step or one number</translation>
    </message>
    <message>
        <source>min_width_m is more than max_width_m</source>
        <translation>min_width_m is more than max_width_m</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>missing: a rating curve needs h0, a and b (h = h0 + a·Q^b)</source>
        <translation>missing: a rating curve needs h0, a and b (h = h0 + a·Q^b)</translation>
    </message>
</context>
<context>
    <name>ct::sensors::Reader</name>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unknown key (expected one of: %1)</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a number above 0, at most %1</source>
        <translation>expected a number above 0, at most %1</translation>
    </message>
    <message>
        <source>expected a time &quot;HH:MM&quot; or &quot;HH:MM:SS&quot;</source>
        <translation>expected a time &quot;HH:MM&quot; or &quot;HH:MM:SS&quot;</translation>
    </message>
    <message>
        <source>expected a duration above zero, &quot;HH:MM&quot; or &quot;HH:MM:SS&quot;</source>
        <translation>expected a duration above zero, &quot;HH:MM&quot; or &quot;HH:MM:SS&quot;</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>expected a non-empty text</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
</context>
<context>
    <name>ct::sensors::StaRegistrar</name>
    <message>
        <source>%1: value[%2]: a Location without @iot.id</source>
        <translation>%1: value[%2]: a Location without @iot.id</translation>
    </message>
    <message>
        <source>%1: value[%2]: a Thing without @iot.id</source>
        <translation>%1: value[%2]: a Thing without @iot.id</translation>
    </message>
    <message>
        <source>%1: value[%2] (Thing %3): no name</source>
        <translation>%1: value[%2] (Thing %3): no name</translation>
    </message>
    <message>
        <source>%1: value[%2] (Thing %3): Location %4 is not in %5</source>
        <translation>%1: value[%2] (Thing %3): Location %4 is not in %5</translation>
    </message>
    <message>
        <source>%1: value[%2]</source>
        <translation>%1: value[%2]</translation>
    </message>
    <message>
        <source>%1: a Datastream without @iot.id</source>
        <translation>%1: a Datastream without @iot.id</translation>
    </message>
    <message>
        <source>%1 (Datastream %2)</source>
        <translation>%1 (Datastream %2)</translation>
    </message>
    <message>
        <source>%1: no Thing (give &quot;Thing&quot;: {&quot;@iot.id&quot;: …} or expand Datastreams in %2)</source>
        <translation>%1: no Thing (give &quot;Thing&quot;: {&quot;@iot.id&quot;: …} or expand Datastreams in %2)</translation>
    </message>
    <message>
        <source>%1: Thing %2 is not in %3</source>
        <translation>%1: Thing %2 is not in %3</translation>
    </message>
    <message>
        <source>%1: no unitOfMeasurement.symbol</source>
        <translation>%1: no unitOfMeasurement.symbol</translation>
    </message>
    <message>
        <source>%1: properties.kind &quot;%2&quot; is not a sensor kind</source>
        <translation>%1: properties.kind &quot;%2&quot; is not a sensor kind</translation>
    </message>
    <message>
        <source>%1: cannot tell what it measures (give an ObservedProperty name such as &quot;water level&quot;, or properties.kind and properties.quantity)</source>
        <translation>%1: cannot tell what it measures (give an ObservedProperty name such as &quot;water level&quot;, or properties.kind and properties.quantity)</translation>
    </message>
    <message>
        <source>%1: properties.interval_s must be a positive number of seconds</source>
        <translation>%1: properties.interval_s must be a positive number of seconds</translation>
    </message>
    <message>
        <source>%1: Location %2 of Thing %3 is not a GeoJSON point in longitude/latitude</source>
        <translation>%1: Location %2 of Thing %3 is not a GeoJSON point in longitude/latitude</translation>
    </message>
    <message>
        <source>%1: Location %2 cannot be transformed to EPSG:6677</source>
        <translation>%1: Location %2 cannot be transformed to EPSG:6677</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ct::ui::AccountAdministration</name>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unknown role &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ct::ui::MapDrawTool</name>
    <message>
        <source>An area needs at least three corners (%1 so far).</source>
        <translation>An area needs at least three corners (%1 so far).</translation>
    </message>
    <message>
        <source>The corners lie on one line: the area has no surface.</source>
        <translation>The corners lie on one line: the area has no surface.</translation>
    </message>
    <message>
        <source>Edges %1 and %2 fold back onto each other: an area must not cross itself.</source>
        <translation>Edges %1 and %2 fold back onto each other: an area must not cross itself.</translation>
    </message>
    <message>
        <source>Edges %1 and %2 cross: an area must not cross itself.</source>
        <translation>Edges %1 and %2 cross: an area must not cross itself.</translation>
    </message>
    <message>
        <source>Backspace removes the last corner, Esc cancels.</source>
        <translation>Backspace removes the last corner, Esc cancels.</translation>
    </message>
    <message>
        <source>Click the centre, then click or drag to the edge of the circle.</source>
        <translation>Click the centre, then click or drag to the edge of the circle.</translation>
    </message>
    <message>
        <source>Click the corners of the area (%1 so far). Backspace removes the last, Enter or a double click finishes, Esc cancels.</source>
        <translation>Click the corners of the area (%1 so far). Backspace removes the last, Enter or a double click finishes, Esc cancels.</translation>
    </message>
    <message>
        <source>Click the centre of the circle. Esc cancels.</source>
        <translation>Click the centre of the circle. Esc cancels.</translation>
    </message>
    <message>
        <source>Radius %1: click or release at the edge, Enter finishes, Backspace picks another centre, Esc cancels.</source>
        <translation>Radius %1: click or release at the edge, Enter finishes, Backspace picks another centre, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>ct::ui::OperatorSession</name>
    <message>
        <source>Open a twin first: accounts belong to a twin.</source>
        <translation>Open a twin first: accounts belong to a twin.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Sign in to change your password.</translation>
    </message>
    <message>
        <source>Your account &quot;%1&quot; no longer exists in this twin; you are signed out.</source>
        <translation>Your account &quot;%1&quot; no longer exists in this twin; you are signed out.</translation>
    </message>
    <message>
        <source>Your account was disabled by an administrator; you are signed out.</source>
        <translation>Your account was disabled by an administrator; you are signed out.</translation>
    </message>
    <message>
        <source>An administrator changed your account; the console now acts with your new role and responsibilities.</source>
        <translation>An administrator changed your account; the console now acts with your new role and responsibilities.</translation>
    </message>
</context>
<context>
    <name>ct::ui::ReportController</name>
    <message>
        <source>A report is being written already.</source>
        <translation>A report is being written already.</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
    <message>
        <source>The report has no plugin list.</source>
        <translation>The report has no plugin list.</translation>
    </message>
    <message>
        <source>Choose a file for the report.</source>
        <translation>Choose a file for the report.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it like %2.</source>
        <translation>&quot;%1&quot; is not a time; write it like %2.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
</context>
<context>
    <name>ct::ui::RunComparison</name>
    <message>
        <source>Share evacuated</source>
        <translation>Share evacuated</translation>
    </message>
    <message>
        <source>Sheltered (persons)</source>
        <translation>Sheltered (persons)</translation>
    </message>
    <message>
        <source>Time to 50 % sheltered</source>
        <translation>Time to 50 % sheltered</translation>
    </message>
    <message>
        <source>Time to 90 % sheltered</source>
        <translation>Time to 90 % sheltered</translation>
    </message>
    <message>
        <source>Time to 100 % sheltered</source>
        <translation>Time to 100 % sheltered</translation>
    </message>
    <message>
        <source>Not sheltered at the end</source>
        <translation>Not sheltered at the end</translation>
    </message>
    <message>
        <source>No reachable shelter</source>
        <translation>No reachable shelter</translation>
    </message>
    <message>
        <source>Stranded on the way</source>
        <translation>Stranded on the way</translation>
    </message>
    <message>
        <source>No room in a suitable shelter</source>
        <translation>No room in a suitable shelter</translation>
    </message>
    <message>
        <source>Population in scope</source>
        <translation>Population in scope</translation>
    </message>
    <message>
        <source>Persons who set out</source>
        <translation>Persons who set out</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Households by car</source>
        <translation>Households by car</translation>
    </message>
    <message>
        <source>Roads closed</source>
        <translation>Roads closed</translation>
    </message>
    <message>
        <source>Gridlock moves</source>
        <translation>Gridlock moves</translation>
    </message>
    <message>
        <source>Not yet departed at the end</source>
        <translation>Not yet departed at the end</translation>
    </message>
    <message>
        <source>On the way at the end</source>
        <translation>On the way at the end</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulated time</translation>
    </message>
    <message>
        <source>End of the run</source>
        <translation>End of the run</translation>
    </message>
    <message>
        <source>Events processed</source>
        <translation>Events processed</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>#%1 %2 (seed %3, %4)</source>
        <translation>#%1 %2 (seed %3, %4)</translation>
    </message>
    <message>
        <source>Shelter occupancy</source>
        <translation>Shelter occupancy</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>% of capacity</translation>
    </message>
    <message>
        <source>Shelters full</source>
        <translation>Shelters full</translation>
    </message>
    <message>
        <source>shelters</source>
        <translation>shelters</translation>
    </message>
    <message>
        <source>Sheltered</source>
        <translation>Sheltered</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>Not yet departed</source>
        <translation>Not yet departed</translation>
    </message>
    <message>
        <source>Unreachable or stranded</source>
        <translation>Unreachable or stranded</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineController</name>
    <message>
        <source>Open a twin before running a scenario.</source>
        <translation>Open a twin before running a scenario.</translation>
    </message>
    <message>
        <source>Run %1 has no recorded samples to replay.</source>
        <translation>Run %1 has no recorded samples to replay.</translation>
    </message>
</context>
<context>
    <name>ct::ui::TwinSession</name>
    <message>
        <source>No twin is open.</source>
        <translation>No twin is open.</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>wkt is not well-formed WKT</source>
        <translation>wkt is not well-formed WKT</translation>
    </message>
    <message>
        <source>wkt must be a POLYGON or MULTIPOLYGON</source>
        <translation>wkt must be a POLYGON or MULTIPOLYGON</translation>
    </message>
    <message>
        <source>the polygon is empty or invalid (self-intersecting?)</source>
        <translation>the polygon is empty or invalid (self-intersecting?)</translation>
    </message>
    <message>
        <source>wkt coordinates must be WGS84 longitude/latitude</source>
        <translation>wkt coordinates must be WGS84 longitude/latitude</translation>
    </message>
    <message>
        <source>the polygon cannot be transformed to the twin&apos;s CRS</source>
        <translation>the polygon cannot be transformed to the twin&apos;s CRS</translation>
    </message>
</context>
</TS>
