<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityTwin Console</source>
        <translation>CityTwin Console について</translation>
    </message>
    <message>
        <source>CityTwin Console %1 — a digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console %1 — つくば市のデジタルツインと運用コンソール。</translation>
    </message>
    <message>
        <source>Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).</source>
        <translation>データ出典：国土地理院、国土交通省 Project PLATEAU、© OpenStreetMap contributors (ODbL)、気象庁、国土交通省 水文水質データベース。</translation>
    </message>
</context>
<context>
    <name>CityGen</name>
    <message>
        <source>scale must be &gt; 0 and ≤ 64, got %1</source>
        <translation>scale は 0 より大きく 64 以下でなければなりません（指定値 %1）</translation>
    </message>
    <message>
        <source>the real-data folder does not exist</source>
        <translation>実データのフォルダーが存在しません</translation>
    </message>
    <message>
        <source>real data</source>
        <translation>実データ</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>市域</translation>
    </message>
    <message>
        <source>rivers</source>
        <translation>河川</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>建物</translation>
    </message>
    <message>
        <source>school districts</source>
        <translation>学区</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>公共交通</translation>
    </message>
    <message>
        <source>sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>the file already exists; choose another name or remove it first</source>
        <translation>ファイルが既に存在します。別の名前を指定するか、先に削除してください</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>write boundary</source>
        <translation>市域を書き込み中</translation>
    </message>
    <message>
        <source>write buildings</source>
        <translation>建物を書き込み中</translation>
    </message>
    <message>
        <source>write road nodes</source>
        <translation>道路ノードを書き込み中</translation>
    </message>
    <message>
        <source>write roads</source>
        <translation>道路を書き込み中</translation>
    </message>
    <message>
        <source>write water and facilities</source>
        <translation>水域と施設を書き込み中</translation>
    </message>
    <message>
        <source>write transit and sensors</source>
        <translation>公共交通とセンサーを書き込み中</translation>
    </message>
    <message>
        <source>write metadata</source>
        <translation>メタデータを書き込み中</translation>
    </message>
    <message>
        <source>shelter capacities are estimated from the kind of site: GSI data has no capacity</source>
        <translation>国土地理院のデータには収容人数がないため、避難所の収容人数は施設の種類から推定しています</translation>
    </message>
    <message>
        <source>real-data file is missing</source>
        <translation>実データのファイルがありません</translation>
    </message>
    <message>
        <source>GDAL cannot read this file: %1</source>
        <translation>GDAL でこのファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>the file holds no layer</source>
        <translation>ファイルにレイヤーがありません</translation>
    </message>
    <message>
        <source>no polygon in the city boundary file</source>
        <translation>市域ファイルにポリゴンがありません</translation>
    </message>
    <message>
        <source>boundary coordinates could not be transformed to EPSG:6677</source>
        <translation>市域の座標を EPSG:6677 に変換できませんでした</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>列 %1 がありません</translation>
    </message>
    <message>
        <source>feature %1 is not a point</source>
        <translation>地物 %1 はポイントではありません</translation>
    </message>
    <message>
        <source>feature %1 could not be transformed</source>
        <translation>地物 %1 の座標を変換できませんでした</translation>
    </message>
    <message>
        <source>feature %1 has no name</source>
        <translation>地物 %1 に名称がありません</translation>
    </message>
    <message>
        <source>line %1 could not be transformed</source>
        <translation>%1 行目の座標を変換できませんでした</translation>
    </message>
    <message>
        <source>no gauge in the file</source>
        <translation>ファイルに観測所がありません</translation>
    </message>
    <message>
        <source>school districts: %1 km² of detached cell parts were left out (concave outline)</source>
        <translation>学区：切り離されたセル部分 %1 km² を除外しました（凹んだ外形のため）</translation>
    </message>
    <message>
        <source>line %1: %2/%3 are not numbers</source>
        <translation>%1 行目：%2/%3 が数値ではありません</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Export a twin layer as GeoJSON (WGS84), CSV (WGS84 lon/lat or WKT) or GeoPackage (the twin&apos;s CRS), or the road network as SUMO plain XML (nodes.nod.xml, edges.edg.xml) for netconvert.</source>
        <translation>ツインのレイヤーを GeoJSON（WGS84）、CSV（WGS84 の経度・緯度または WKT）、GeoPackage（ツインの座標参照系）で書き出します。道路網は netconvert 用の SUMO plain XML（nodes.nod.xml、edges.edg.xml）として書き出します。</translation>
    </message>
    <message>
        <source>the twin (.gpkg) to read</source>
        <translation>読み込むツイン（.gpkg）</translation>
    </message>
    <message>
        <source>layer to export (not needed for sumo)</source>
        <translation>書き出すレイヤー（sumo では不要）</translation>
    </message>
    <message>
        <source>geojson, csv, gpkg or sumo</source>
        <translation>geojson、csv、gpkg、sumo のいずれか</translation>
    </message>
    <message>
        <source>output file (a directory for sumo)</source>
        <translation>出力ファイル（sumo ではフォルダー）</translation>
    </message>
    <message>
        <source>expected exactly one TWIN</source>
        <translation>TWIN をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>--format must be geojson, csv, gpkg or sumo</source>
        <translation>--format には geojson、csv、gpkg、sumo のいずれかを指定してください</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT の指定が必要です</translation>
    </message>
    <message>
        <source>--layer NAME is required for %1</source>
        <translation>%1 には --layer NAME の指定が必要です</translation>
    </message>
    <message>
        <source>SUMO network: %1 nodes, %2 edges in %3</source>
        <translation>SUMO ネットワーク：ノード %1 個、エッジ %2 本を %3 に書き出しました</translation>
    </message>
    <message>
        <source>%1: %2 features written to %3</source>
        <translation>%1：%2 件の地物を %3 に書き出しました</translation>
    </message>
    <message>
        <source>Generate the deterministic demo city (Tsukuba-sized at scale 1: ≈ 256,000 people, ≈ 100,000 buildings, ≈ 50,000 road nodes, ≈ 125 shelters) into a new twin. The same seed and scale always give the same city. With --real-data, the real boundary, shelters, river gauges and weather stations replace the generated ones.</source>
        <translation>決定論的なデモ都市を新しいツインに生成します（scale 1 でつくば市規模：人口 約 256,000 人、建物 約 100,000 棟、道路ノード 約 50,000 個、避難所 約 125 か所）。同じ seed と scale からは常に同じ都市が生成されます。--real-data を指定すると、生成したものの代わりに実際の市域、避難所、水位観測所、気象観測所を使います。</translation>
    </message>
    <message>
        <source>multiplies counts and area (default 1; 0.01 for tests)</source>
        <translation>件数と面積の倍率（既定 1、テストでは 0.01）</translation>
    </message>
    <message>
        <source>random seed, a non-negative integer (default 1)</source>
        <translation>乱数シード、0 以上の整数（既定 1）</translation>
    </message>
    <message>
        <source>folder like ../shared/data/tsukuba</source>
        <translation>../shared/data/tsukuba のようなフォルダー</translation>
    </message>
    <message>
        <source>the twin to create (.gpkg)</source>
        <translation>作成するツイン（.gpkg）</translation>
    </message>
    <message>
        <source>replace the output file if it exists</source>
        <translation>出力ファイルが既にあれば置き換える</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>進捗を表示しない</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>予期しない引数 %1</translation>
    </message>
    <message>
        <source>--scale must be a number &gt; 0 and &lt;= 64, got %1</source>
        <translation>--scale には 0 より大きく 64 以下の数を指定してください（指定値 %1）</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer, got %1</source>
        <translation>--seed には 0 以上の整数を指定してください（指定値 %1）</translation>
    </message>
    <message>
        <source>--real-data %1 is not a folder</source>
        <translation>--real-data %1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>-o TWIN.gpkg is required</source>
        <translation>-o TWIN.gpkg の指定が必要です</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it</source>
        <translation>%1 は既に存在します。置き換えるには --force を指定してください</translation>
    </message>
    <message>
        <source>%1 is not a regular file; refusing to replace it</source>
        <translation>%1 は通常のファイルではないため、置き換えません</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>Generated %1 (scale %2, seed %3) in %4 s</source>
        <translation>%1 を生成しました（scale %2、seed %3、%4 秒）</translation>
    </message>
    <message>
        <source>  area %1 km², population %2</source>
        <translation>  面積 %1 km²、人口 %2 人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>  real data: boundary %1, shelters %2, gauges and weather stations %3</source>
        <translation>  実データ：市域 %1、避難所 %2、水位・気象観測所 %3</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  注記：%1</translation>
    </message>
    <message>
        <source>Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged.</source>
        <translation>GIS ファイルをツインに取り込みます。形式は内容から判定します：国土地理院の避難所 GeoJSON、全国避難所 CSV（UTF-8 または Shift_JIS）、PLATEAU CityGML、OpenStreetMap XML/PBF、国土交通省の水位観測所・気象庁アメダスの観測所一覧、GDAL が読める任意のベクターデータ。ファイルごとに 1 つのトランザクションで処理し、エラーのあるファイルはツインを変更しません。</translation>
    </message>
    <message>
        <source>the twin (.gpkg) to import into</source>
        <translation>取り込み先のツイン（.gpkg）</translation>
    </message>
    <message>
        <source>one or more files to import</source>
        <translation>取り込むファイル（1 つ以上）</translation>
    </message>
    <message>
        <source>target layer for generic sources</source>
        <translation>汎用データの取り込み先レイヤー</translation>
    </message>
    <message>
        <source>CSV column with longitude / easting</source>
        <translation>経度／東距の CSV 列</translation>
    </message>
    <message>
        <source>CSV column with latitude / northing</source>
        <translation>緯度／北距の CSV 列</translation>
    </message>
    <message>
        <source>source CRS, overriding the file&apos;s (EPSG:N)</source>
        <translation>元データの座標参照系。ファイルの指定より優先（EPSG:N）</translation>
    </message>
    <message>
        <source>generic sources: field holding the stable id</source>
        <translation>汎用データ：固定 ID を持つフィールド</translation>
    </message>
    <message>
        <source>import the good rows of a file with bad rows, listing every skipped row</source>
        <translation>不正な行を含むファイルは正しい行だけ取り込み、スキップした行をすべて表示する</translation>
    </message>
    <message>
        <source>print a JSON summary per file</source>
        <translation>ファイルごとの概要を JSON で出力する</translation>
    </message>
    <message>
        <source>create TWIN first when it does not exist</source>
        <translation>TWIN が存在しなければ先に作成する</translation>
    </message>
    <message>
        <source>expected TWIN and at least one FILE</source>
        <translation>TWIN と 1 つ以上の FILE を指定してください</translation>
    </message>
    <message>
        <source>--lon-field and --lat-field go together</source>
        <translation>--lon-field と --lat-field は両方指定してください</translation>
    </message>
    <message>
        <source>--crs expects AUTHORITY:CODE, e.g. EPSG:4326</source>
        <translation>--crs には AUTHORITY:CODE の形式で指定してください（例：EPSG:4326）</translation>
    </message>
    <message>
        <source> %1 %2 imported, %3 updated;</source>
        <translation> %1 新規 %2 件、更新 %3 件;</translation>
    </message>
    <message>
        <source> %1 skipped</source>
        <translation> スキップ %1 件</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  スキップ %1：%2</translation>
    </message>
    <message>
        <source>Usage: citytwin-cli info TWIN [--json]
Shows a twin&apos;s layers with their feature counts and CRS, its schema versions
(core and each plugin) and the plugins&apos; operational tables.
  --json   print the same as one JSON object
</source>
        <translation>使い方: citytwin-cli info TWIN [--json]
ツインのレイヤー（地物数と座標参照系）、スキーマのバージョン（core と各プラグイン）、
プラグインの運用テーブルを表示します。
  --json   同じ内容を 1 つの JSON オブジェクトとして出力する
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>one twin at a time (got %1 and %2)</source>
        <translation>ツインは 1 つずつ指定してください（%1 と %2 が指定されました）</translation>
    </message>
    <message>
        <source>which twin? </source>
        <translation>どのツインですか？</translation>
    </message>
    <message>
        <source>Twin:    </source>
        <translation>ツイン:      </translation>
    </message>
    <message>
        <source>File:    </source>
        <translation>ファイル:    </translation>
    </message>
    <message>
        <source>CRS:     </source>
        <translation>座標参照系:  </translation>
    </message>
    <message>
        <source>Schemas:</source>
        <translation>スキーマ:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>レイヤー:</translation>
    </message>
    <message>
        <source>  %1 %2 %3 features, EPSG:%4%5
</source>
        <translation>  %1 %2 %3 件, EPSG:%4%5
</translation>
    </message>
    <message>
        <source> (no spatial index)</source>
        <translation>（空間インデックスなし）</translation>
    </message>
    <message>
        <source>Plugin tables: </source>
        <translation>プラグインのテーブル: </translation>
    </message>
    <message>
        <source>layers, CRS, schema versions and plugin tables of a twin</source>
        <translation>ツインのレイヤー、座標参照系、スキーマのバージョン、プラグインのテーブル</translation>
    </message>
    <message>
        <source>generate the demo city at any scale</source>
        <translation>任意の規模でデモ都市を生成する</translation>
    </message>
    <message>
        <source>import GIS files (GSI, PLATEAU, OSM, CSV, any GDAL source)</source>
        <translation>GIS ファイルを取り込む（国土地理院、PLATEAU、OSM、CSV、GDAL が読める任意のデータ）</translation>
    </message>
    <message>
        <source>export a layer (GeoJSON, CSV, GeoPackage, SUMO)</source>
        <translation>レイヤーを書き出す（GeoJSON、CSV、GeoPackage、SUMO）</translation>
    </message>
    <message>
        <source>fastest route between two positions, avoiding closed roads</source>
        <translation>閉鎖道路を避けて2地点間の最速経路を求める</translation>
    </message>
    <message>
        <source>Fastest route between two WGS84 positions on the twin&apos;s roads (each end snapped to the nearest road node), avoiding closed roads.</source>
        <translation>ツインの道路網で WGS84 の2地点間の最速経路を求めます（各端点は最寄りの道路ノードに合わせます）。閉鎖道路は避けます。</translation>
    </message>
    <message>
        <source>start as longitude,latitude (WGS84)</source>
        <translation>出発地（経度,緯度、WGS84）</translation>
    </message>
    <message>
        <source>destination as longitude,latitude (WGS84)</source>
        <translation>目的地（経度,緯度、WGS84）</translation>
    </message>
    <message>
        <source>car (default) or walk</source>
        <translation>car（既定）または walk</translation>
    </message>
    <message>
        <source>road ids to treat as closed, comma-separated</source>
        <translation>閉鎖とみなす道路 ID（カンマ区切り）</translation>
    </message>
    <message>
        <source>print a GeoJSON Feature (path in WGS84) instead of text</source>
        <translation>テキストの代わりに GeoJSON Feature（経路は WGS84）を出力</translation>
    </message>
    <message>
        <source>--from and --to must be given as LON,LAT in degrees</source>
        <translation>--from と --to は度単位の 経度,緯度 で指定してください</translation>
    </message>
    <message>
        <source>--mode must be car or walk</source>
        <translation>--mode は car または walk です</translation>
    </message>
    <message>
        <source>--close expects road ids, not &quot;%1&quot;</source>
        <translation>--close には道路 ID を指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <source>the twin has no roads</source>
        <translation>ツインに道路がありません</translation>
    </message>
    <message>
        <source>cannot transform the positions to EPSG:6677</source>
        <translation>位置を EPSG:6677 に変換できません</translation>
    </message>
    <message>
        <source>warning: no road %1 to close</source>
        <translation>警告: 閉鎖する道路 %1 がありません</translation>
    </message>
    <message>
        <source>no route from node %1 to node %2 by %3 with the given closures</source>
        <translation>指定の閉鎖では %3 でノード %1 からノード %2 への経路がありません</translation>
    </message>
    <message>
        <source>%1 route: %2 min, %3 km, from node %4 to node %5</source>
        <translation>%1 の経路: %2 分、%3 km、ノード %4 からノード %5 まで</translation>
    </message>
    <message>
        <source>roads: %1</source>
        <translation>道路: %1</translation>
    </message>
    <message>
        <source>Usage: citytwin-cli COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>使い方: citytwin-cli COMMAND [ARGUMENTS]

コマンド:
</translation>
    </message>
    <message>
        <source>
&apos;citytwin-cli COMMAND --help&apos; explains a command.
</source>
        <translation>
&apos;citytwin-cli COMMAND --help&apos; で各コマンドの説明を表示します。
</translation>
    </message>
    <message>
        <source>
Global option, before COMMAND:
  --lang ja|en   language of the messages (default: the system&apos;s)
</source>
        <translation>
共通オプション（COMMAND の前に指定）:
  --lang ja|en   メッセージの言語（既定：システムの設定）
</translation>
    </message>
    <message>
        <source>citytwin-cli: --lang takes ja or en, not &quot;%1&quot;</source>
        <translation>citytwin-cli: --lang には ja または en を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>citytwin-cli: unknown command &quot;%1&quot;</source>
        <translation>citytwin-cli: 不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>run a simulation scenario and print its KPIs; compare recorded runs</source>
        <translation>シミュレーションのシナリオを実行して KPI を表示する。記録した実行結果を比較する</translation>
    </message>
    <message>
        <source>--compare expects two run ids (numbers)</source>
        <translation>--compare には実行 ID（数値）を 2 つ指定してください</translation>
    </message>
    <message>
        <source>Run a simulation scenario on a twin without the console and print its KPIs, or compare two recorded runs.</source>
        <translation>コンソールを使わずにツインでシミュレーションのシナリオを実行して KPI を表示します。または記録済みの 2 つの実行結果を比較します。</translation>
    </message>
    <message>
        <source>the scenario (.json; see share/citytwin/scenarios)</source>
        <translation>シナリオ（.json、share/citytwin/scenarios を参照）</translation>
    </message>
    <message>
        <source>the twin (.gpkg)</source>
        <translation>ツイン（.gpkg）</translation>
    </message>
    <message>
        <source>replaces the scenario&apos;s seed</source>
        <translation>シナリオの seed を置き換える</translation>
    </message>
    <message>
        <source>stop at this simulated time (HH:MM[:SS])</source>
        <translation>このシミュレーション時刻で停止する（HH:MM[:SS]）</translation>
    </message>
    <message>
        <source>record the run (events, samples, KPIs) in the twin</source>
        <translation>実行結果（イベント、サンプル、KPI）をツインに記録する</translation>
    </message>
    <message>
        <source>print the KPIs as JSON</source>
        <translation>KPI を JSON で出力する</translation>
    </message>
    <message>
        <source>compare two recorded runs: --compare RUN1 --compare RUN2, or --compare RUN1,RUN2</source>
        <translation>記録済みの 2 つの実行結果を比較する：--compare RUN1 --compare RUN2 または --compare RUN1,RUN2</translation>
    </message>
    <message>
        <source>gridlock breaker: a vehicle blocked this long moves into a full link (HH:MM[:SS]; 00:00 = never, the default)</source>
        <translation>グリッドロック解消：この時間だけ止まった車両は満杯のリンクにも進入する（HH:MM[:SS]、00:00 = 進入しない、既定）</translation>
    </message>
    <message>
        <source>no progress bar even on a terminal</source>
        <translation>端末でも進捗バーを表示しない</translation>
    </message>
    <message>
        <source>--twin TWIN is required</source>
        <translation>--twin TWIN の指定が必要です</translation>
    </message>
    <message>
        <source>--compare needs exactly two run ids</source>
        <translation>--compare には実行 ID をちょうど 2 つ指定してください</translation>
    </message>
    <message>
        <source>expected exactly one SCENARIO</source>
        <translation>SCENARIO をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0, not &quot;%1&quot;</source>
        <translation>--seed には 0 以上の整数を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>--until: expected a duration like &quot;00:30&quot;, not &quot;%1&quot;</source>
        <translation>--until：&quot;00:30&quot; のような時間を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>--stuck-time: expected a duration like &quot;00:05&quot;, not &quot;%1&quot;</source>
        <translation>--stuck-time：&quot;00:05&quot; のような時間を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>invalid scenario</source>
        <translation>シナリオが不正です</translation>
    </message>
    <message>
        <source>does not fit the twin %1</source>
        <translation>ツイン %1 に適合しません</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>CityTwin Console — digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console — つくば市のデジタルツインと運用コンソール。</translation>
    </message>
    <message>
        <source>Open the twin FILE.</source>
        <translation>ツイン FILE を開く。</translation>
    </message>
    <message>
        <source>Render the first complete frame to OUT.png and exit.</source>
        <translation>最初の完全なフレームを OUT.png に保存して終了する。</translation>
    </message>
    <message>
        <source>Start in the 2d map or the 3d view.</source>
        <translation>2D 地図（2d）または 3D 表示（3d）で起動する。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>ウィンドウの大きさ（例：1280x800）。</translation>
    </message>
    <message>
        <source>List the plugins with their status and exit.</source>
        <translation>プラグインとその状態を一覧表示して終了する。</translation>
    </message>
    <message>
        <source>Use this language for this run.</source>
        <translation>今回の起動だけこの言語を使う。</translation>
    </message>
    <message>
        <source>Also load plugins from DIR.</source>
        <translation>DIR からもプラグインを読み込む。</translation>
    </message>
    <message>
        <source>Seconds to wait for the first frame with --screenshot.</source>
        <translation>--screenshot で最初のフレームを待つ秒数。</translation>
    </message>
    <message>
        <source>The twin to open.</source>
        <translation>開くツイン。</translation>
    </message>
    <message>
        <source>Import FILE into the twin at start (repeatable).</source>
        <translation>起動時に FILE をツインへ取り込む（複数指定可）。</translation>
    </message>
    <message>
        <source>Try &apos;citytwin --help&apos;.</source>
        <translation>&apos;citytwin --help&apos; で使い方を表示します。</translation>
    </message>
    <message>
        <source>--view takes 2d or 3d, not &quot;%1&quot;</source>
        <translation>--view には 2d または 3d を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT such as 1280x720, not &quot;%1&quot;</source>
        <translation>--size には 1280x720 のように 幅x高さ を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>--lang takes ja or en, not &quot;%1&quot;</source>
        <translation>--lang には ja または en を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>--import needs a twin to import into (--twin FILE)</source>
        <translation>--import には取り込み先のツインが必要です（--twin FILE）</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <source>--screenshot needs a twin (--twin FILE)</source>
        <translation>--screenshot にはツインが必要です（--twin FILE）</translation>
    </message>
    <message>
        <source>Centre the first view on this WGS84 position.</source>
        <translation>最初の表示をこの WGS84 の位置を中心にする。</translation>
    </message>
    <message>
        <source>Scale of the first view in metres per pixel.</source>
        <translation>最初の表示の縮尺（1 ピクセルあたりのメートル数）。</translation>
    </message>
    <message>
        <source>--center takes LON,LAT in degrees such as 140.1115,36.0825, not &quot;%1&quot;</source>
        <translation>--center には 140.1115,36.0825 のように 経度,緯度 を度で指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>--zoom takes a positive number of metres per pixel, not &quot;%1&quot;</source>
        <translation>--zoom には 1 ピクセルあたりの正のメートル数を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>Start a simulation of the scenario FILE on the twin.</source>
        <translation>ツインでシナリオ FILE のシミュレーションを開始する。</translation>
    </message>
    <message>
        <source>Run the simulation to this simulated time, then pause.</source>
        <translation>シミュレーションをこの時刻まで進めて一時停止する。</translation>
    </message>
    <message>
        <source>--scenario needs a twin to simulate on (--twin FILE)</source>
        <translation>--scenario にはシミュレーションするツインが必要です（--twin FILE）</translation>
    </message>
    <message>
        <source>--until goes with --scenario</source>
        <translation>--until は --scenario と一緒に指定してください</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>empty file</source>
        <translation>空のファイルです</translation>
    </message>
    <message>
        <source>not a readable CSV table (%1)</source>
        <translation>読み込める CSV の表ではありません（%1）</translation>
    </message>
    <message>
        <source>GDAL gave no reason</source>
        <translation>GDAL から理由が返されませんでした</translation>
    </message>
    <message>
        <source>the header line has fewer than two columns</source>
        <translation>ヘッダー行の列が 2 つ未満です</translation>
    </message>
    <message>
        <source>missing coordinates (longitude &quot;%1&quot;, latitude &quot;%2&quot;)</source>
        <translation>座標がありません（経度 &quot;%1&quot;、緯度 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>coordinates are not numbers (longitude &quot;%1&quot;, latitude &quot;%2&quot;)</source>
        <translation>座標が数値ではありません（経度 &quot;%1&quot;、緯度 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>position outside Japan (longitude %1, latitude %2)</source>
        <translation>位置が日本国外です（経度 %1、緯度 %2）</translation>
    </message>
    <message>
        <source>position cannot be transformed (%1, %2)</source>
        <translation>位置の座標を変換できません（%1, %2）</translation>
    </message>
    <message>
        <source>position outside Japan (x %1, y %2 in %3)</source>
        <translation>位置が日本国外です（%3 で x %1、y %2）</translation>
    </message>
    <message>
        <source>no importer for this content</source>
        <translation>この内容を取り込めるインポーターがありません</translation>
    </message>
    <message>
        <source>every row was skipped; nothing imported</source>
        <translation>すべての行をスキップしたため、何も取り込まれませんでした</translation>
    </message>
    <message>
        <source>no features to import</source>
        <translation>取り込む地物がありません</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>ファイルを読み込めません（%1）</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8 (or Shift_JIS)</source>
        <translation>UTF-16 のテキストには対応していません。UTF-8（または Shift_JIS）で保存し直してください</translation>
    </message>
    <message>
        <source>file holds only white space</source>
        <translation>ファイルには空白しかありません</translation>
    </message>
    <message>
        <source>looks like XML but has no root element (truncated or malformed)</source>
        <translation>XML のようですがルート要素がありません（途中で切れているか、形式が不正です）</translation>
    </message>
    <message>
        <source>XML with root element &lt;%1&gt; is not a format the console imports</source>
        <translation>ルート要素が &lt;%1&gt; の XML は取り込める形式ではありません</translation>
    </message>
    <message>
        <source>text is neither UTF-8 nor Shift_JIS</source>
        <translation>テキストが UTF-8 でも Shift_JIS でもありません</translation>
    </message>
    <message>
        <source>unrecognised content: not GeoJSON, CSV, CityGML, OSM or any vector format GDAL reads</source>
        <translation>内容を判別できません：GeoJSON、CSV、CityGML、OSM のいずれでもなく、GDAL が読めるベクター形式でもありません</translation>
    </message>
    <message>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>ライン</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no point, line or polygon geometries</source>
        <translation>レイヤー &quot;%1&quot; にポイント・ライン・ポリゴンのジオメトリがありません</translation>
    </message>
    <message>
        <source>%1 in a layer of %2</source>
        <translation>%2 のレイヤーに %1 があります</translation>
    </message>
    <message>
        <source>geometry cannot be transformed to the twin&apos;s CRS</source>
        <translation>ジオメトリをツインの座標参照系に変換できません</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no features</source>
        <translation>レイヤー &quot;%1&quot; に地物がありません</translation>
    </message>
    <message>
        <source>no layer with geometries</source>
        <translation>ジオメトリを持つレイヤーがありません</translation>
    </message>
    <message>
        <source>layer name &quot;%1&quot; must be lower case letters, digits and _</source>
        <translation>レイヤー名 &quot;%1&quot; には英小文字・数字・_ だけを使ってください</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>ヘッダーに列 &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>no coordinate columns (looked for lon/lng/longitude/経度/x and lat/latitude/緯度/y); give --lon-field and --lat-field</source>
        <translation>座標の列がありません（lon/lng/longitude/経度/x と lat/latitude/緯度/y を探しました）。--lon-field と --lat-field を指定してください</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; has no CRS; give --crs EPSG:&lt;code&gt;</source>
        <translation>レイヤー &quot;%1&quot; に座標参照系がありません。--crs EPSG:&lt;code&gt; を指定してください</translation>
    </message>
    <message>
        <source>unknown CRS &quot;%1&quot;</source>
        <translation>不明な座標参照系 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; for --id-field</source>
        <translation>--id-field に指定したフィールド &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>GDAL reported an error while reading: %1</source>
        <translation>読み込み中に GDAL がエラーを報告しました：%1</translation>
    </message>
    <message>
        <source>no feature collection</source>
        <translation>FeatureCollection がありません</translation>
    </message>
    <message>
        <source>features lack the property 施設・場所名 (facility name)</source>
        <translation>地物にプロパティ 施設・場所名 がありません</translation>
    </message>
    <message>
        <source>施設・場所名 (name) is empty</source>
        <translation>施設・場所名 が空です</translation>
    </message>
    <message>
        <source>geometry is not a Point</source>
        <translation>ジオメトリが Point ではありません</translation>
    </message>
    <message>
        <source>missing coordinates (%1)</source>
        <translation>座標がありません（%1）</translation>
    </message>
    <message>
        <source>position cannot be transformed</source>
        <translation>位置の座標を変換できません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a hazard mark (1 or empty)</source>
        <translation>%1：&quot;%2&quot; は災害種別の印ではありません（1 または空欄）</translation>
    </message>
    <message>
        <source>the feature collection is empty</source>
        <translation>FeatureCollection が空です</translation>
    </message>
    <message>
        <source>%1: layer %2</source>
        <translation>%1：レイヤー %2</translation>
    </message>
    <message>
        <source>layer %1 in this twin has no stable id (column %2 missing or not uniquely indexed): importing this file again adds its features again</source>
        <translation>このツインのレイヤー %1 には固定 ID がありません（列 %2 がないか、一意インデックスがありません）。このファイルをもう一度取り込むと地物が重複して追加されます</translation>
    </message>
    <message>
        <source>unknown or unusable CRS &quot;%1&quot; (%2)</source>
        <translation>不明または使用できない座標参照系 &quot;%1&quot;（%2）</translation>
    </message>
    <message>
        <source>use SumoExporter for the SUMO network</source>
        <translation>SUMO ネットワークには SumoExporter を使ってください</translation>
    </message>
    <message>
        <source>output exists; refusing to overwrite</source>
        <translation>出力先が既に存在するため、上書きしません</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL に %1 ドライバーがありません</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>ファイルを作成できません：%1</translation>
    </message>
    <message>
        <source>cannot create the layer: %1</source>
        <translation>レイヤーを作成できません：%1</translation>
    </message>
    <message>
        <source>cannot create field %1: %2</source>
        <translation>フィールド %1 を作成できません：%2</translation>
    </message>
    <message>
        <source>cannot write feature %1: %2</source>
        <translation>地物 %1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>GDAL failed while writing: %1</source>
        <translation>書き込み中に GDAL でエラーが発生しました：%1</translation>
    </message>
    <message>
        <source>field %1: &quot;%2&quot; is not a whole number</source>
        <translation>フィールド %1：&quot;%2&quot; は整数ではありません</translation>
    </message>
    <message>
        <source>field %1: &quot;%2&quot; is not a number</source>
        <translation>フィールド %1：&quot;%2&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>field %1: &quot;%2&quot; is not a yes/no value</source>
        <translation>フィールド %1：&quot;%2&quot; は真偽値（yes/no）ではありません</translation>
    </message>
    <message>
        <source>a %1 cannot go into layer &quot;%2&quot; of %3 features</source>
        <translation>%1 は %3 の地物からなるレイヤー &quot;%2&quot; に入れられません</translation>
    </message>
    <message>
        <source>header lacks the column(s) %1</source>
        <translation>ヘッダーに列 %1 がありません</translation>
    </message>
    <message>
        <source>ID is empty</source>
        <translation>ID が空です</translation>
    </message>
    <message>
        <source>名称 (name) is empty</source>
        <translation>名称 が空です</translation>
    </message>
    <message>
        <source>想定収容人数 (capacity) &quot;%1&quot; is not a whole number of people</source>
        <translation>想定収容人数 &quot;%1&quot; が人数（整数）ではありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a hazard mark (1, ○ or empty)</source>
        <translation>%1：&quot;%2&quot; は災害種別の印ではありません（1、○ または空欄）</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>ヘッダーの後にデータ行がありません</translation>
    </message>
    <message>
        <source>unsupported geometry type %1</source>
        <translation>対応していないジオメトリ型 %1</translation>
    </message>
    <message>
        <source>empty geometry</source>
        <translation>空のジオメトリです</translation>
    </message>
    <message>
        <source>geometry with a non-finite coordinate</source>
        <translation>ジオメトリに有限でない座標値があります</translation>
    </message>
    <message>
        <source>missing or empty geometry</source>
        <translation>ジオメトリがないか、空です</translation>
    </message>
    <message>
        <source>geometry cannot be linearised</source>
        <translation>ジオメトリを直線化できません</translation>
    </message>
    <message>
        <source>geometry collection mixing %1 and %2</source>
        <translation>%1 と %2 が混在する GeometryCollection です</translation>
    </message>
    <message>
        <source>unsupported geometry</source>
        <translation>対応していないジオメトリです</translation>
    </message>
    <message>
        <source>text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)</source>
        <translation>テキストが UTF-8 でも Shift_JIS でもありません（この行に最初の解読できないバイトがあります）</translation>
    </message>
    <message>
        <source>GeoJSON must be UTF-8; undecodable bytes on this line</source>
        <translation>GeoJSON は UTF-8 でなければなりません。この行に解読できないバイトがあります</translation>
    </message>
    <message>
        <source>GeoJSON must be UTF-8, this file is Shift_JIS; convert it first</source>
        <translation>GeoJSON は UTF-8 でなければなりませんが、このファイルは Shift_JIS です。先に変換してください</translation>
    </message>
    <message>
        <source>malformed JSON: %1 (truncated file?)</source>
        <translation>JSON の形式が不正です：%1（ファイルが途中で切れていませんか？）</translation>
    </message>
    <message>
        <source>JSON but not GeoJSON: the top level has no &quot;type&quot;</source>
        <translation>JSON ですが GeoJSON ではありません：最上位に &quot;type&quot; がありません</translation>
    </message>
    <message>
        <source>GDAL cannot read it</source>
        <translation>GDAL で読み込めません</translation>
    </message>
    <message>
        <source>unknown or unusable CRS (%1)</source>
        <translation>不明または使用できない座標参照系（%1）</translation>
    </message>
    <message>
        <source>cannot be read as %1: %2</source>
        <translation>%1 として読み込めません：%2</translation>
    </message>
    <message>
        <source>a vector source</source>
        <translation>ベクターデータ</translation>
    </message>
    <message>
        <source>malformed OSM data: %1</source>
        <translation>OSM データの形式が不正です：%1</translation>
    </message>
    <message>
        <source>no OSM features</source>
        <translation>OSM の地物がありません</translation>
    </message>
    <message>
        <source>building geometry has no face with an area</source>
        <translation>建物のジオメトリに面積のある面がありません</translation>
    </message>
    <message>
        <source>feature has no gml:id</source>
        <translation>地物に gml:id がありません</translation>
    </message>
    <message>
        <source>position outside Japan (longitude %1, latitude %2) — latitude and longitude swapped?</source>
        <translation>位置が日本国外です（経度 %1、緯度 %2）— 緯度と経度が入れ替わっていませんか？</translation>
    </message>
    <message>
        <source>geometry cannot be transformed</source>
        <translation>ジオメトリの座標を変換できません</translation>
    </message>
    <message>
        <source>malformed CityGML: %1</source>
        <translation>CityGML の形式が不正です：%1</translation>
    </message>
    <message>
        <source>no city objects with geometry</source>
        <translation>ジオメトリを持つ都市オブジェクトがありません</translation>
    </message>
    <message>
        <source>header lacks the station id or coordinate columns</source>
        <translation>ヘッダーに観測所 ID または座標の列がありません</translation>
    </message>
    <message>
        <source>station id is empty</source>
        <translation>観測所 ID が空です</translation>
    </message>
    <message>
        <source>area_mod &quot;%1&quot; is not a catchment area in km²</source>
        <translation>area_mod &quot;%1&quot; は流域面積（km²）ではありません</translation>
    </message>
    <message>
        <source>the twin has no roads layer</source>
        <translation>ツインに roads レイヤーがありません</translation>
    </message>
    <message>
        <source>the roads layer is empty</source>
        <translation>roads レイヤーが空です</translation>
    </message>
    <message>
        <source>roads layer lacks road_id, from_node or to_node</source>
        <translation>roads レイヤーに road_id、from_node、to_node のいずれかがありません</translation>
    </message>
    <message>
        <source>cannot create the output directory</source>
        <translation>出力フォルダーを作成できません</translation>
    </message>
    <message>
        <source>no road could be written as a SUMO edge</source>
        <translation>SUMO のエッジとして書き出せる道路がありませんでした</translation>
    </message>
</context>
<context>
    <name>FeatureListPanel</name>
    <message>
        <source>No features in this twin</source>
        <translation>このツインには地物がありません</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Show only the features whose name contains this text</source>
        <translation>この文字列を名前に含む地物だけを表示します</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名称なし）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>Cancel after this file</source>
        <translation>このファイルの後で中止</translation>
    </message>
    <message>
        <source>Files already imported stay; the file being read is finished first</source>
        <translation>取り込み済みのファイルはそのまま残ります。読み込み中のファイルは最後まで処理されます</translation>
    </message>
    <message>
        <source>%1 → layer %2: %L3 new, %L4 updated, %L5 skipped</source>
        <translation>%1 → レイヤー %2：新規 %L3 件、更新 %L4 件、スキップ %L5 件</translation>
    </message>
    <message>
        <source>Not imported, the twin is unchanged: %1</source>
        <translation>取り込みませんでした。ツインは変更されていません：%1</translation>
    </message>
    <message>
        <source>  … and %L1 more skipped rows</source>
        <translation>  …ほか %L1 行をスキップ</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Centre the map on this feature</source>
        <translation>この地物を地図の中央に表示</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>地図上の地物をクリックすると属性が表示されます。</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Hide this layer</source>
        <translation>このレイヤーを非表示にする</translation>
    </message>
    <message>
        <source>Show this layer</source>
        <translation>このレイヤーを表示する</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>一つ上のレイヤーより手前に描く</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>一つ下のレイヤーより奥に描く</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation>不透明度 %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>City boundary</source>
        <translation>市域</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水域</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>河川</translation>
    </message>
    <message>
        <source>Embankments</source>
        <translation>堤防</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Road junctions</source>
        <translation>交差点</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建物</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Bus routes</source>
        <translation>バス路線</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>バス停</translation>
    </message>
    <message>
        <source>Hydrogen stations</source>
        <translation>水素ステーション</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>燃料電池バス</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>School districts</source>
        <translation>学区</translation>
    </message>
    <message>
        <source>Police boxes</source>
        <translation>交番・駐在所</translation>
    </message>
    <message>
        <source>Streetlights</source>
        <translation>街路灯</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>避難所</translation>
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
        <translation>ツインを開けません</translation>
    </message>
    <message>
        <source>Some plugins could not prepare this twin</source>
        <translation>一部のプラグインがこのツインを準備できませんでした</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open twin…</source>
        <translation>ツインを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close twin</source>
        <translation>ツインを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;2D map</source>
        <translation>2D 地図(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3D view</source>
        <translation>3D 表示(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>表示をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Layer panel</source>
        <translation>レイヤーパネル(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plugins… (%n failed)</source>
        <translation>
            <numerusform>プラグイン(&amp;P)…（%n 件失敗）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>プラグイン(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About CityTwin Console</source>
        <translation>CityTwin Console について(&amp;A)</translation>
    </message>
    <message>
        <source>No twin is open.
Use File → Open (Ctrl+O) or drop a .gpkg twin here.</source>
        <translation>ツインが開かれていません。
ファイル → ツインを開く (Ctrl+O) を使うか、.gpkg のツインをここにドロップしてください。</translation>
    </message>
    <message>
        <source>Drop a twin to open it</source>
        <translation>ドロップしてツインを開く</translation>
    </message>
    <message>
        <source>Open a twin</source>
        <translation>ツインを開く</translation>
    </message>
    <message>
        <source>CityTwin twins (*.gpkg)</source>
        <translation>CityTwin ツイン (*.gpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No twin is open</source>
        <translation>ツインが開かれていません</translation>
    </message>
    <message>
        <source>Open a twin first; imported data goes into the open twin.</source>
        <translation>先にツインを開いてください。取り込んだデータは開いているツインに入ります。</translation>
    </message>
    <message>
        <source>The twin is read-only</source>
        <translation>ツインは読み取り専用です</translation>
    </message>
    <message>
        <source>This twin file cannot be written, so nothing can be imported into it.</source>
        <translation>このツインファイルには書き込めないため、取り込みはできません。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import good rows of files with bad rows</source>
        <translation>不正な行を含むファイルは正しい行だけ取り込む</translation>
    </message>
    <message>
        <source>Drop a twin to open it, or data files to import them</source>
        <translation>ツインをドロップすると開き、データファイルをドロップすると取り込みます</translation>
    </message>
    <message>
        <source>Import into the twin</source>
        <translation>ツインへ取り込む</translation>
    </message>
    <message>
        <source>GIS data (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</source>
        <translation>GIS データ (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</translation>
    </message>
    <message>
        <source>The scenario cannot run</source>
        <translation>シナリオを実行できません</translation>
    </message>
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <source>North. Click to reset the view (Home)</source>
        <translation>北。クリックで表示をリセット (Home)</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Bus stops</source>
        <translation>バス停</translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation>路線 %1</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>燃料電池バス</translation>
    </message>
    <message>
        <source>%1 kWh left</source>
        <translation>残り %1 kWh</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation>児童・生徒 %1 人</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>収容 %1 人</translation>
    </message>
</context>
<context>
    <name>PluginNames</name>
    <message>
        <source>Mobility fleets</source>
        <translation>モビリティ</translation>
    </message>
    <message>
        <source>Hydrogen buses</source>
        <translation>水素バス</translation>
    </message>
    <message>
        <source>Community safety</source>
        <translation>地域安全</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>避難所</translation>
    </message>
</context>
<context>
    <name>PluginRegistry</name>
    <message>
        <source>metadata lacks the text field &quot;%1&quot;</source>
        <translation>メタデータにテキストのフィールド &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>metadata lacks the number field &quot;apiVersion&quot;</source>
        <translation>メタデータに数値のフィールド &quot;apiVersion&quot; がありません</translation>
    </message>
    <message>
        <source>plugin API version %1 is not supported (this console speaks version %2)</source>
        <translation>プラグイン API のバージョン %1 には対応していません（このコンソールはバージョン %2 に対応）</translation>
    </message>
    <message>
        <source>metadata lacks the list &quot;capabilities&quot;</source>
        <translation>メタデータにリスト &quot;capabilities&quot; がありません</translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot;</source>
        <translation>不明な機能 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a Qt plugin (no plugin metadata found)</source>
        <translation>Qt プラグインではありません（プラグインのメタデータが見つかりません）</translation>
    </message>
    <message>
        <source>implements &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;%2&quot; ではなく &quot;%1&quot; を実装しています</translation>
    </message>
    <message>
        <source>another plugin with the id &quot;%1&quot; is already loaded</source>
        <translation>ID &quot;%1&quot; の別のプラグインが既に読み込まれています</translation>
    </message>
    <message>
        <source>the plugin object does not implement %1</source>
        <translation>プラグインのオブジェクトが %1 を実装していません</translation>
    </message>
    <message>
        <source>initialisation failed: %1</source>
        <translation>初期化に失敗しました：%1</translation>
    </message>
    <message>
        <source>schema migration failed: %1</source>
        <translation>スキーマの移行に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>読み込み済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation>提供機能：%1</translation>
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
        <translation>カーソル位置（WGS84 緯度・経度）</translation>
    </message>
    <message>
        <source>Cursor position in %1 (easting, northing)</source>
        <translation>カーソル位置 %1（東距・北距）</translation>
    </message>
    <message>
        <source>Loading the twin&apos;s layers</source>
        <translation>ツインのレイヤーを読み込み中</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot bulk-load the spatial index</source>
        <translation>空間インデックスを一括構築できません</translation>
    </message>
    <message>
        <source>the writer of %1 is finished</source>
        <translation>%1 の書き込みは既に終了しています</translation>
    </message>
    <message>
        <source>%1 values given for %2 fields</source>
        <translation>フィールド %2 個に対して値が %1 個指定されました</translation>
    </message>
    <message>
        <source>layer %1 holds %2 geometries, not %3</source>
        <translation>レイヤー %1 のジオメトリは %2 で、%3 ではありません</translation>
    </message>
    <message>
        <source>cannot look up a stable id</source>
        <translation>固定 ID を検索できません</translation>
    </message>
    <message>
        <source>cannot write a feature</source>
        <translation>地物を書き込めません</translation>
    </message>
    <message>
        <source>the transaction of the writer of %1 ended before finish()</source>
        <translation>%1 の書き込みのトランザクションが finish() の前に終了しました</translation>
    </message>
    <message>
        <source>cannot fill the spatial index</source>
        <translation>空間インデックスを作成できません</translation>
    </message>
    <message>
        <source>cannot update the layer extent</source>
        <translation>レイヤーの範囲を更新できません</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is a directory, not a twin file</source>
        <translation>%1 はフォルダーで、ツインのファイルではありません</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a twin</source>
        <translation>%1 は空のファイルで、ツインではありません</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database</source>
        <translation>%1 は SQLite データベースではありません</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a GeoPackage, so not a CityTwin twin</source>
        <translation>%1 は SQLite データベースですが GeoPackage ではないため、CityTwin のツインではありません</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a CityTwin twin; import it with citytwin-cli import</source>
        <translation>%1 は GeoPackage ですが CityTwin のツインではありません。citytwin-cli import で取り込んでください</translation>
    </message>
    <message>
        <source>%1 was written by a newer CityTwin (core schema %2; this build reads up to %3)</source>
        <translation>%1 は新しい CityTwin で書かれています（core スキーマ %2、このビルドが読めるのは %3 まで）</translation>
    </message>
    <message>
        <source>cannot register the GeoPackage SQL functions</source>
        <translation>GeoPackage の SQL 関数を登録できません</translation>
    </message>
    <message>
        <source>%1 already exists; a new twin is never written over a file</source>
        <translation>%1 は既に存在します。新しいツインで既存のファイルを上書きすることはありません</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>%1 のフォルダーが存在しません</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 を作成できません：%2</translation>
    </message>
    <message>
        <source>cannot prepare the SRS rows</source>
        <translation>空間参照系の行を準備できません</translation>
    </message>
    <message>
        <source>cannot write the SRS rows</source>
        <translation>空間参照系の行を書き込めません</translation>
    </message>
    <message>
        <source>a schema component needs a name</source>
        <translation>スキーマのコンポーネントには名前が必要です</translation>
    </message>
    <message>
        <source>the schema steps of %1 must be numbered 1, 2, 3 … without gaps; step %2 has version %3</source>
        <translation>%1 のスキーマの段階は 1, 2, 3 … と欠番なく番号付けしてください。段階 %2 のバージョンが %3 です</translation>
    </message>
    <message>
        <source>core schema</source>
        <translation>core スキーマ</translation>
    </message>
    <message>
        <source>%1 schema</source>
        <translation>%1 スキーマ</translation>
    </message>
    <message>
        <source>%1 was written by a newer CityTwin (%2 %3; this build reads up to %4)</source>
        <translation>%1 は新しい CityTwin で書かれています（%2 %3、このビルドが読めるのは %4 まで）</translation>
    </message>
    <message>
        <source>%1 is open read-only; the %2 schema cannot be migrated to version %3</source>
        <translation>%1 は読み取り専用で開かれているため、%2 スキーマをバージョン %3 に移行できません</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>スキーマのバージョンを記録できません</translation>
    </message>
    <message>
        <source>schema step %1 of %2 (%3) failed and was rolled back: %4</source>
        <translation>%2 のスキーマ段階 %1（%3）が失敗し、ロールバックしました：%4</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 は読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>cannot write metadata</source>
        <translation>メタデータを書き込めません</translation>
    </message>
    <message>
        <source>cannot write metadata &apos;%1&apos;</source>
        <translation>メタデータ &apos;%1&apos; を書き込めません</translation>
    </message>
    <message>
        <source>a transaction is already open on %1</source>
        <translation>%1 では既にトランザクションが開始されています</translation>
    </message>
    <message>
        <source>no transaction is open on %1</source>
        <translation>%1 ではトランザクションが開始されていません</translation>
    </message>
    <message>
        <source>perform(&quot;%1&quot;) cannot run inside another transaction</source>
        <translation>perform(&quot;%1&quot;) は別のトランザクションの中では実行できません</translation>
    </message>
    <message>
        <source>an audit row is written only inside the transaction of its change</source>
        <translation>監査ログの行は、その変更のトランザクションの中でのみ書き込まれます</translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation>監査ログを書き込めません</translation>
    </message>
    <message>
        <source>cannot write the audit row of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の監査ログの行を書き込めません</translation>
    </message>
    <message>
        <source>cannot write the event log</source>
        <translation>イベントログを書き込めません</translation>
    </message>
    <message>
        <source>the transaction was already committed</source>
        <translation>トランザクションは既にコミットされています</translation>
    </message>
    <message>
        <source>cannot read the layer list</source>
        <translation>レイヤーの一覧を読み込めません</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;</source>
        <translation>%1 にレイヤー &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>layer %1 has geometry type %2, which the console does not handle</source>
        <translation>レイヤー %1 のジオメトリ型 %2 はコンソールで扱えません</translation>
    </message>
    <message>
        <source>cannot count the features of %1</source>
        <translation>%1 の地物を数えられません</translation>
    </message>
    <message>
        <source>layer name &quot;%1&quot; must be lower case letters, digits and _ , start with a letter and not use a reserved prefix (gpkg_, rtree_, ct_, sqlite_)</source>
        <translation>レイヤー名 &quot;%1&quot; は英小文字・数字・_ だけを使い、英字で始め、予約済みの接頭辞（gpkg_、rtree_、ct_、sqlite_）を使わないでください</translation>
    </message>
    <message>
        <source>a table named &quot;%1&quot; already exists in %2</source>
        <translation>%2 には既にテーブル &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>field name &quot;%1&quot; of layer %2 is invalid or repeated</source>
        <translation>レイヤー %2 のフィールド名 &quot;%1&quot; が不正か、重複しています</translation>
    </message>
    <message>
        <source>the stable id field %1 of layer %2 must be Text</source>
        <translation>レイヤー %2 の固定 ID フィールド %1 は Text 型でなければなりません</translation>
    </message>
    <message>
        <source>the stable id field %1 is not among the fields of layer %2</source>
        <translation>固定 ID フィールド %1 がレイヤー %2 のフィールドにありません</translation>
    </message>
    <message>
        <source>cannot register layer %1</source>
        <translation>レイヤー %1 を登録できません</translation>
    </message>
    <message>
        <source>cannot register layer %1 (is SRS %2 known?)</source>
        <translation>レイヤー %1 を登録できません（空間参照系 %2 は登録されていますか？）</translation>
    </message>
    <message>
        <source>cannot register the geometry column of %1</source>
        <translation>%1 のジオメトリ列を登録できません</translation>
    </message>
    <message>
        <source>cannot register the spatial index of %1</source>
        <translation>%1 の空間インデックスを登録できません</translation>
    </message>
    <message>
        <source>cannot unregister layer %1</source>
        <translation>レイヤー %1 の登録を解除できません</translation>
    </message>
    <message>
        <source>layer %1 has no field &quot;%2&quot;</source>
        <translation>レイヤー %1 にフィールド &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>cannot prepare the writer of %1</source>
        <translation>%1 の書き込みを準備できません</translation>
    </message>
    <message>
        <source>cannot read layer %1</source>
        <translation>レイヤー %1 を読み込めません</translation>
    </message>
    <message>
        <source>truncated, corrupt or unsupported GeoPackage geometry</source>
        <translation>GeoPackage のジオメトリが途中で切れているか、壊れているか、対応していない形式です</translation>
    </message>
    <message>
        <source>layer %1 has no feature %2</source>
        <translation>レイヤー %1 に地物 %2 がありません</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Simulation: %1</source>
        <translation>シミュレーション：%1</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>再生：%1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Run scenario…</source>
        <translation>シナリオを実行…</translation>
    </message>
    <message>
        <source>Simulate a scenario (JSON) on this twin</source>
        <translation>このツインでシナリオ（JSON）をシミュレーションします</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>再生…</translation>
    </message>
    <message>
        <source>Replay a run recorded in this twin</source>
        <translation>このツインに記録された実行結果を再生します</translation>
    </message>
    <message>
        <source>#%1 %2 (seed %3)</source>
        <translation>#%1 %2（seed %3）</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>一時停止 (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>再生 (Space)</translation>
    </message>
    <message>
        <source>One step (.)</source>
        <translation>1 ステップ進める (.)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Simulated seconds per second</source>
        <translation>1 秒あたりのシミュレーション秒数</translation>
    </message>
    <message>
        <source>Go to this time</source>
        <translation>この時刻へ移動</translation>
    </message>
    <message>
        <source>sheltered %L1 / %L2 · moving %L3</source>
        <translation>避難済み %L1 / %L2 · 移動中 %L3</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Store this run (events, samples, KPIs) in the twin; pause first</source>
        <translation>この実行結果（イベント、サンプル、KPI）をツインに保存します。先に一時停止してください</translation>
    </message>
    <message>
        <source>End the simulation or replay and show the live state</source>
        <translation>シミュレーションまたは再生を終了し、現在の状態を表示します</translation>
    </message>
    <message>
        <source>Run a scenario</source>
        <translation>シナリオを実行</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>シナリオ (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ct::ui::TimelineController</name>
    <message>
        <source>Open a twin before running a scenario.</source>
        <translation>シナリオを実行する前にツインを開いてください。</translation>
    </message>
    <message>
        <source>Run %1 has no recorded samples to replay.</source>
        <translation>実行 %1 には再生できる記録済みのサンプルがありません。</translation>
    </message>
</context>
</TS>
