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
        <source>Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged.</source>
        <translation>Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged.</translation>
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
        <source>does not fit the twin %1</source>
        <translation>does not fit the twin %1</translation>
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
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <source>North. Click to reset the view (Home)</source>
        <translation>North. Click to reset the view (Home)</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Bus stops</source>
        <translation>Bus stops</translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation>routes %1</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>Fuel-cell buses</translation>
    </message>
    <message>
        <source>%1 kWh left</source>
        <translation>%1 kWh left</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation>%1 pupils</translation>
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
        <source>capacity %1</source>
        <translation>capacity %1</translation>
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
</TS>
