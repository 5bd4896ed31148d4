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
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>担当範囲</translation>
    </message>
    <message>
        <source>e.g. shelter:12, school:3</source>
        <translation>例：shelter:12, school:3</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation>変更しない場合は空欄</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>A disabled account cannot sign in; its history stays in the audit log</source>
        <translation>無効にしたアカウントはサインインできません。操作履歴は監査ログに残ります</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>変更を適用</translation>
    </message>
    <message>
        <source>Save the role, bindings and, if given, the new password of this account</source>
        <translation>このアカウントの役割と担当範囲、および入力した場合は新しいパスワードを保存します</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>e.g. tanaka</source>
        <translation>例：tanaka</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>e.g. 田中 花子</source>
        <translation>例：田中 花子</translation>
    </message>
    <message>
        <source>What a shelter staff member or school liaison is responsible for: kind:key, separated by commas</source>
        <translation>避難所職員や学校連絡担当が受け持つ対象（kind:key の形式、カンマ区切り）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Create this operator&apos;s account</source>
        <translation>この担当者のアカウントを作成します</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>No active alarms.</source>
        <translation>発報中の警報はありません。</translation>
    </message>
    <message>
        <source>%1 active, %2 not acknowledged</source>
        <translation>発報中 %1 件、未確認 %2 件</translation>
    </message>
    <message>
        <source>Your role cannot acknowledge alarms.</source>
        <translation>あなたの役割では警報を確認できません。</translation>
    </message>
    <message>
        <source>no recent reading</source>
        <translation>最近の測定値なし</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>%1 が確認済み</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>警報を確認</translation>
    </message>
    <message>
        <source>Acknowledge the alarm of %1? It stays active until the readings fall back, but no longer escalates.</source>
        <translation>%1 の警報を確認しますか？測定値が平常に戻るまで警報は発報中のままですが、これ以上エスカレーションしません。</translation>
    </message>
</context>
<context>
    <name>AlertPointsOverlay</name>
    <message>
        <source>Alert of today</source>
        <translation>本日の安全情報</translation>
    </message>
    <message numerus="yes">
        <source>Alert %n day(s) old</source>
        <translation>
            <numerusform>%n 日前の安全情報</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near-repeat (within %1 m and %n day(s))</source>
        <translation>
            <numerusform>近接反復（%1 m 以内・%n 日以内）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 alerts in the last %2 days, places generalised to 100 m</source>
        <translation>過去 %2 日間の安全情報 %1 件（場所は 100 m 単位に丸めています）</translation>
    </message>
    <message>
        <source>%1 alerts in the last %2 days</source>
        <translation>過去 %2 日間の安全情報 %1 件</translation>
    </message>
</context>
<context>
    <name>AssetInventory</name>
    <message>
        <source>unknown asset type</source>
        <translation>不明な資産種別</translation>
    </message>
    <message>
        <source>unknown grade</source>
        <translation>不明な判定区分</translation>
    </message>
    <message>
        <source>the plan has no years</source>
        <translation>計画に年度がありません</translation>
    </message>
    <message>
        <source>the plan does not match the asset list</source>
        <translation>計画が資産一覧と一致しません</translation>
    </message>
    <message>
        <source>the asset is not in the twin&apos;s inventory</source>
        <translation>この資産はツインの台帳にありません</translation>
    </message>
</context>
<context>
    <name>AssetReport</name>
    <message>
        <source>Assets and maintenance</source>
        <translation>資産・維持管理</translation>
    </message>
    <message>
        <source>No asset inventory yet: the assets plugin&apos;s tables are created when the twin is first opened for writing.</source>
        <translation>資産台帳はまだありません。資産プラグインのテーブルは、ツインを初めて書き込み可能で開いたときに作成されます。</translation>
    </message>
    <message>
        <source>Assets by type and condition grade</source>
        <translation>種別・判定区分別の資産</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産数</translation>
    </message>
    <message>
        <source>In grade III (early action needed)</source>
        <translation>判定区分 III（早期措置段階）</translation>
    </message>
    <message>
        <source>In grade IV (urgent action needed)</source>
        <translation>判定区分 IV（緊急措置段階）</translation>
    </message>
    <message>
        <source>Latest maintenance plan %1, saved %2 by %3: %4–%5, %6 million yen a year; %7 interventions costing %8 million yen remove %9 million yen of risk.</source>
        <translation>最新の維持管理計画 %1（%2 に %3 が保存）：%4〜%5 年度、年間 %6 百万円。%7 件の対策（%8 百万円）でリスクを %9 百万円低減。</translation>
    </message>
    <message>
        <source>No maintenance plan has been saved.</source>
        <translation>保存された維持管理計画はありません。</translation>
    </message>
</context>
<context>
    <name>AssetType</name>
    <message>
        <source>Bridge</source>
        <translation>橋梁</translation>
    </message>
    <message>
        <source>Pavement</source>
        <translation>舗装</translation>
    </message>
    <message>
        <source>Water main</source>
        <translation>上水道管</translation>
    </message>
    <message>
        <source>Sewer</source>
        <translation>下水道管</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>no account named &quot;%1&quot;</source>
        <translation>アカウント &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>cannot read the accounts</source>
        <translation>アカウントを読み込めません</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; has an unknown role &quot;%2&quot;</source>
        <translation>アカウント &quot;%1&quot; の役割 &quot;%2&quot; は不明です</translation>
    </message>
    <message>
        <source>cannot write the bindings of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の担当範囲を書き込めません</translation>
    </message>
    <message>
        <source>cannot write the account &quot;%1&quot;</source>
        <translation>アカウント &quot;%1&quot; を書き込めません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled administrator; make another administrator first</source>
        <translation>&quot;%1&quot; は最後の有効な管理者です。先に別の管理者を作成してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; はアカウント名として使えません。英字・数字・&apos;.&apos;・&apos;_&apos;・&apos;-&apos; を 1～64 文字で指定し、英字または数字で始めてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a binding: use kind:key such as shelter:12 or school:3</source>
        <translation>&quot;%1&quot; は担当範囲の形式ではありません。shelter:12 や school:3 のように kind:key で指定してください</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; changed since it signed in; sign in again</source>
        <translation>アカウント &quot;%1&quot; はサインイン後に変更されました。もう一度サインインしてください</translation>
    </message>
    <message>
        <source>the twin has accounts already; the first administrator is made only once</source>
        <translation>このツインには既にアカウントがあります。最初の管理者は一度しか作成できません</translation>
    </message>
    <message>
        <source>&quot;system&quot; is not a role for an account</source>
        <translation>&quot;system&quot; はアカウントの役割には使えません</translation>
    </message>
    <message>
        <source>an account named &quot;%1&quot; exists already</source>
        <translation>アカウント &quot;%1&quot; は既に存在します</translation>
    </message>
    <message>
        <source>sign in to change your password</source>
        <translation>パスワードを変更するにはサインインしてください</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>現在のパスワードが違います</translation>
    </message>
    <message>
        <source>unknown account or wrong password</source>
        <translation>アカウントが存在しないか、パスワードが違います</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled</source>
        <translation>アカウント &quot;%1&quot; は無効です</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>パスワードは %1 文字以上必要です</translation>
    </message>
    <message>
        <source>a password may have at most %1 bytes</source>
        <translation>パスワードは最大 %1 バイトです</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>パスワードのハッシュ化に必要なメモリが不足しています</translation>
    </message>
</context>
<context>
    <name>BusRow</name>
    <message>
        <source>Change the bus&apos;s state (recorded in the audit log)</source>
        <translation>バスの状態を変更します（監査ログに記録されます）</translation>
    </message>
    <message>
        <source>Your role may not change bus states</source>
        <translation>あなたの役割ではバスの状態を変更できません</translation>
    </message>
    <message>
        <source>Hydrogen on board as exportable energy; a full tank gives 235 kWh</source>
        <translation>搭載している水素を外部給電できる電力量で表示（満タンで 235 kWh）</translation>
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
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>新しいパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
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
        <translation>ツインの担当者アカウントを管理します。

アクション:
  init-admin --name NAME [--display TEXT] --password-stdin
                 最初の管理者を作成する（ツインにアカウントがない間のみ）
  add --name NAME --role ROLE [--display TEXT] [--bind KIND:KEY]... --password-stdin
                 担当者を追加する
  list [--json]  アカウントを一覧表示する（パスワードは表示しない）
  passwd --name NAME --password-stdin
                 アカウントのパスワードを設定する
  disable --name NAME, enable --name NAME
                 アカウントのサインインを停止または許可する
  bind --name NAME [--bind KIND:KEY]...
                 アカウントの担当範囲を置き換える（指定しなければ消去）
  role --name NAME --role ROLE
                 アカウントの役割を変更する

役割: administrator, hq-commander, shelter-staff, planner, mobility-dispatcher, police-liaison,
school-liaison, viewer。パスワードは 8 文字以上で、標準入力の最初の行から読み込むため、
プロセス一覧やシェルの履歴には残りません。</translation>
    </message>
    <message>
        <source>what to do (see above)</source>
        <translation>実行するアクション（上記参照）</translation>
    </message>
    <message>
        <source>the account&apos;s sign-in name</source>
        <translation>アカウントのサインイン名</translation>
    </message>
    <message>
        <source>the name shown in the console</source>
        <translation>コンソールに表示する名前</translation>
    </message>
    <message>
        <source>the account&apos;s role</source>
        <translation>アカウントの役割</translation>
    </message>
    <message>
        <source>a binding such as shelter:12 (repeatable)</source>
        <translation>shelter:12 のような担当範囲（複数指定可）</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>標準入力の最初の行からパスワードを読み込む</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>JSON で一覧表示する</translation>
    </message>
    <message>
        <source>expected TWIN and one of %1</source>
        <translation>TWIN と、%1 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 needs --name NAME</source>
        <translation>%1 には --name NAME の指定が必要です</translation>
    </message>
    <message>
        <source>%1 reads the password from standard input: add --password-stdin (a password is never taken from the command line)</source>
        <translation>%1 はパスワードを標準入力から読み込みます。--password-stdin を指定してください（パスワードをコマンドラインから受け取ることはありません）</translation>
    </message>
    <message>
        <source>%1 needs --role ROLE</source>
        <translation>%1 には --role ROLE の指定が必要です</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>不明な役割 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No accounts; create the first administrator with &apos;citytwin-cli account TWIN init-admin --name NAME --password-stdin&apos;.</source>
        <translation>アカウントがありません。&apos;citytwin-cli account TWIN init-admin --name NAME --password-stdin&apos; で最初の管理者を作成してください。</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>（無効）</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1: 完了（%2）</translation>
    </message>
    <message>
        <source>plugin %1 not loaded: %2</source>
        <translation>プラグイン %1 が読み込まれていません: %2</translation>
    </message>
    <message>
        <source>--format must be cap, mail, geojson or csv for %1</source>
        <translation>%1 では --format に cap、mail、geojson、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 needs --as ROLE (police-liaison, school-liaison, hq-commander, planner, …): the export holds what that role may see</source>
        <translation>%1 には --as ROLE（police-liaison、school-liaison、hq-commander、planner など）の指定が必要です。書き出されるのはその役割が閲覧できる内容です</translation>
    </message>
    <message>
        <source>%1: %2 alerts written to %3 as %4</source>
        <translation>%1: 安全情報 %2 件を %4 形式で %3 に書き出しました</translation>
    </message>
    <message>
        <source>safety_alerts: export what this role may see (format cap or mail: a directory; geojson or csv)</source>
        <translation>safety_alerts: この役割が閲覧できる内容を書き出す（形式は cap・mail（出力先はフォルダー）、geojson、csv）</translation>
    </message>
    <message>
        <source>with --as: a scope the operator is bound to, e.g. school:12 (repeatable)</source>
        <translation>--as と併用: 担当者の担当範囲（例: school:12、複数指定可）</translation>
    </message>
    <message>
        <source>operators&apos; accounts: first administrator, add, list, passwords</source>
        <translation>担当者アカウント: 最初の管理者、追加、一覧、パスワード</translation>
    </message>
    <message>
        <source>write the situation report of a twin as a PDF</source>
        <translation>ツインの状況報告書を PDF で書き出す</translation>
    </message>
    <message>
        <source>Write the situation report of a twin as a PDF: a map of the city and the sections of the loaded plugins (shelters, damage, power …). The twin is only read.</source>
        <translation>ツインの状況報告書を PDF で書き出します。市の地図と、読み込まれたプラグインの各章（避難所、被害、電力など）を含みます。ツインは読み込むだけで変更しません。</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>書き出す PDF</translation>
    </message>
    <message>
        <source>the moment the report describes, ISO 8601 (2026-03-11T14:46, local time unless an offset is given; default: now)</source>
        <translation>報告書の対象時点、ISO 8601 形式（2026-03-11T14:46。オフセットの指定がなければ現地時刻。既定: 現在）</translation>
    </message>
    <message>
        <source>language of the report: ja or en (default: that of the messages)</source>
        <translation>報告書の言語: ja または en（既定: メッセージの言語）</translation>
    </message>
    <message>
        <source>name shown as the report&apos;s operator (default: the system account)</source>
        <translation>報告書の作成者として表示する名前（既定: システムのアカウント）</translation>
    </message>
    <message>
        <source>--lang takes ja or en, not &quot;%1&quot;</source>
        <translation>--lang には ja または en を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>-o REPORT.pdf is required</source>
        <translation>-o REPORT.pdf の指定が必要です</translation>
    </message>
    <message>
        <source>--at: cannot read &quot;%1&quot; as a time; use ISO 8601, e.g. 2026-03-11T14:46 or 2026-03-11T14:46+09:00</source>
        <translation>--at: &quot;%1&quot; を時刻として読み取れません。ISO 8601 形式で指定してください（例: 2026-03-11T14:46、2026-03-11T14:46+09:00）</translation>
    </message>
    <message>
        <source>is a folder; -o names the PDF to write</source>
        <translation>フォルダーです。-o には書き出す PDF のファイル名を指定してください</translation>
    </message>
    <message>
        <source>painting the report needs a QGuiApplication</source>
        <translation>報告書の描画には QGuiApplication が必要です</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>報告書を %1 に書き出しました</translation>
    </message>
    <message>
        <source>route as if the roads closed in the twin&apos;s live state (road_closure) were open</source>
        <translation>ツインの現在の状態で閉鎖中の道路（road_closure）を通行可能とみなして経路を求める</translation>
    </message>
    <message numerus="yes">
        <source>closed in the live state: %n road(s)</source>
        <translation>
            <numerusform>現在閉鎖中の道路: %n 本</numerusform>
        </translation>
    </message>
    <message>
        <source>spacing of the recorded samples (snapshots for replay; HH:MM[:SS], default 00:05)</source>
        <translation>記録するサンプルの間隔（再生用のスナップショット、HH:MM[:SS]、既定 00:05）</translation>
    </message>
    <message>
        <source>also load domain plugins (their simulation models) from this folder; may be repeated</source>
        <translation>このフォルダーからもドメインプラグイン（シミュレーションモデル）を読み込む（複数指定可）</translation>
    </message>
    <message>
        <source>--sample-interval: expected a duration longer than 00:00 like &quot;00:05&quot; or &quot;00:00:30&quot;, not &quot;%1&quot;</source>
        <translation>--sample-interval: &quot;00:05&quot; や &quot;00:00:30&quot; のように 00:00 より長い時間を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>cannot run on the twin %1 with the loaded plugins</source>
        <translation>読み込まれたプラグインではツイン %1 で実行できません</translation>
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
        <translation>使い方: citytwin-cli ingest TWIN --mqtt HOST:PORT [--topics PATTERN] [--for DURATION]
        citytwin-cli ingest TWIN --csv FILE
センサーの測定値をツインに保存し、警報を判定します。
  --mqtt HOST:PORT   MQTT ブローカーを購読する（SensorThings v1.1/Datastreams(id)/Observations、
                     ngsi-ld/…、amedas/yyyyMMddHHmmss、または対応付けたトピック上の値そのもの）
  --topics PATTERN   トピックのフィルター、カンマ区切り（既定 #）
  --for DURATION     受信する時間: 30s、5m、1h（既定 60s）
  --csv FILE         列 sensor,time,value[,unit][,quality]
</translation>
    </message>
    <message>
        <source>--for: expected a duration like 30s, 5m or 1h, got &quot;%1&quot;</source>
        <translation>--for: 30s、5m、1h のような時間を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>a twin and exactly one of --mqtt or --csv</source>
        <translation>ツインと、--mqtt または --csv のどちらか一方</translation>
    </message>
    <message>
        <source>--mqtt: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--mqtt: HOST:PORT の形式で指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>registered %1 sensors from sensor_sites</source>
        <translation>sensor_sites からセンサー %1 台を登録しました</translation>
    </message>
    <message>
        <source>never connected to %1: %2</source>
        <translation>%1 に一度も接続できませんでした: %2</translation>
    </message>
    <message>
        <source>active alarms: %1</source>
        <translation>発報中の警報: %1</translation>
    </message>
    <message>
        <source>sensor readings from MQTT or CSV into the twin, with alarms</source>
        <translation>MQTT または CSV からセンサーの測定値をツインに取り込み、警報を判定する</translation>
    </message>
    <message>
        <source>the readings of one sensor, raw or per time bucket</source>
        <translation>1 つのセンサーの測定値（生の値または時間区間ごとの集計）</translation>
    </message>
    <message>
        <source>Usage: citytwin-cli series TWIN SENSOR [--from T] [--to T] [--bucket DURATION] [--json]
The readings of one sensor (its id, source id or a feed alias such as sta:12).
  --from T, --to T   ISO 8601 with a zone, or ms since the epoch (default: everything)
  --bucket DURATION  exact min/max/mean/count per bucket: 10m, 1h, 1d
  --json             one JSON object
</source>
        <translation>使い方: citytwin-cli series TWIN SENSOR [--from T] [--to T] [--bucket DURATION] [--json]
1 つのセンサーの測定値（ID、ソース ID、または sta:12 のようなフィードの別名で指定）。
  --from T, --to T   タイムゾーン付きの ISO 8601、またはエポックからのミリ秒（既定: すべて）
  --bucket DURATION  区間ごとの正確な min/max/mean/count: 10m、1h、1d
  --json             1 つの JSON オブジェクトで出力する
</translation>
    </message>
    <message>
        <source>%1: expected ISO 8601 with a zone or ms since the epoch, got &quot;%2&quot;</source>
        <translation>%1: タイムゾーン付きの ISO 8601 またはエポックからのミリ秒で指定してください（&quot;%2&quot; は使えません）</translation>
    </message>
    <message>
        <source>--bucket: expected a duration like 10m, 1h or 1d, got &quot;%1&quot;</source>
        <translation>--bucket: 10m、1h、1d のような時間を指定してください（&quot;%1&quot; は使えません）</translation>
    </message>
    <message>
        <source>a twin and a sensor</source>
        <translation>ツインとセンサー</translation>
    </message>
    <message>
        <source>%1 has no sensor registry yet (run citytwin-cli ingest first)</source>
        <translation>%1 にはまだセンサーの登録がありません（先に citytwin-cli ingest を実行してください）</translation>
    </message>
    <message>
        <source>no sensor &quot;%1&quot;</source>
        <translation>センサー &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>--bucket needs --from</source>
        <translation>--bucket には --from の指定が必要です</translation>
    </message>
    <message>
        <source>%1: no safety data yet in %2: the safety plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command)</source>
        <translation>%1: %2 にはまだ安全情報のデータがありません: 地域安全プラグインのテーブルは、ツインを初めて書き込み可能で開いたとき（コンソール、または書き込みを行う citytwin-cli コマンドで）に作成されます</translation>
    </message>
    <message>
        <source>schemas: %1</source>
        <translation>スキーマ: %1</translation>
    </message>
    <message>
        <source>Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged. A domain plugin that recognises a file (GTFS zip, GTFS-Realtime feed, police crime CSV, …) imports it, as File → Import does. A FILE may be an http(s) URL: it is fetched once and imported like a saved file.</source>
        <translation>GIS ファイルをツインに取り込みます。形式は内容から判別します: 国土地理院の避難所 GeoJSON、全国避難所 CSV（UTF-8 または Shift_JIS）、PLATEAU CityGML、OpenStreetMap XML/PBF、国交省の水位観測所と気象庁アメダスの観測所一覧、GDAL が読める任意のベクター形式。ファイルごとに 1 トランザクションで、エラーのあるファイルはツインを変更しません。ドメインプラグインが認識するファイル（GTFS の zip、GTFS-Realtime フィード、警察の犯罪発生 CSV など）は、ファイル → 取り込みと同じくそのプラグインが取り込みます。FILE には http(s) の URL も指定でき、一度取得して保存済みファイルと同様に取り込みます。</translation>
    </message>
    <message>
        <source>also load domain plugins from DIR (repeatable)</source>
        <translation>DIR からもドメインプラグインを読み込む（複数指定可）</translation>
    </message>
    <message>
        <source>URLs: give up after SECONDS without a complete answer (default 30)</source>
        <translation>URL: SECONDS 秒以内に応答が完了しなければ中止する（既定 30）</translation>
    </message>
    <message>
        <source>--timeout expects seconds above 0 and at most 3600, got %1</source>
        <translation>--timeout には 0 より大きく 3600 以下の秒数を指定してください（%1 は使えません）</translation>
    </message>
    <message>
        <source>not an http(s) URL</source>
        <translation>http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>サーバーが HTTP %1 %2 を返しました</translation>
    </message>
    <message>
        <source>cannot fetch: %1</source>
        <translation>取得できません: %1</translation>
    </message>
    <message>
        <source>the server sent an empty answer</source>
        <translation>サーバーの応答が空です</translation>
    </message>
    <message>
        <source>cannot write the fetched data: %1</source>
        <translation>取得したデータを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>CompareRunsCharts</name>
    <message>
        <source>Share evacuated over time</source>
        <translation>避難完了率の推移</translation>
    </message>
    <message>
        <source>minutes of simulated time</source>
        <translation>シミュレーション時間（分）</translation>
    </message>
    <message>
        <source>Run A (#%1)</source>
        <translation>実行 A（#%1）</translation>
    </message>
    <message>
        <source>Run B (#%1)</source>
        <translation>実行 B（#%1）</translation>
    </message>
    <message>
        <source>Second chart:</source>
        <translation>2 つ目のグラフ:</translation>
    </message>
    <message>
        <source>% of those who set out</source>
        <translation>出発した人に対する割合（%）</translation>
    </message>
</context>
<context>
    <name>CompareRunsDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>実行結果の比較</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>実行 A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>実行 B</translation>
    </message>
    <message>
        <source>This twin has no recorded runs. Run a scenario on the timeline and record it, then record another (another seed or scenario) to compare.</source>
        <translation>このツインには記録済みの実行結果がありません。タイムラインでシナリオを実行して記録し、さらに別の実行（別の seed またはシナリオ）を記録すると比較できます。</translation>
    </message>
    <message>
        <source>Only one run is recorded in this twin; record another to compare.</source>
        <translation>このツインに記録された実行結果は 1 件だけです。比較するにはもう 1 件記録してください。</translation>
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
    <message>
        <source>Sign in to the twin as NAME, with the password in the environment variable CITYTWIN_PASSWORD.</source>
        <translation>環境変数 CITYTWIN_PASSWORD のパスワードを使い、NAME としてツインにサインインする。</translation>
    </message>
    <message>
        <source>--operator needs a twin to sign in to (--twin FILE)</source>
        <translation>--operator にはサインインするツインが必要です（--twin FILE）</translation>
    </message>
    <message>
        <source>--import needs an operator allowed to import (--operator NAME)</source>
        <translation>--import には取り込みを許可された担当者が必要です（--operator NAME）</translation>
    </message>
    <message>
        <source>Show the domain panel of the plugin ID (e.g. shelters) at start.</source>
        <translation>起動時にプラグイン ID（例：shelters）のドメインパネルを表示する。</translation>
    </message>
    <message>
        <source>--panel %1: no loaded plugin has a panel with that id (panels: %2)</source>
        <translation>--panel %1：その ID のパネルを持つ読み込み済みのプラグインはありません（パネル：%2）</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>the twin has no damage reports yet (the damage plugin&apos;s schema has not been applied to it)</source>
        <translation>このツインにはまだ被害報告がありません（被害報告プラグインのスキーマが適用されていません）</translation>
    </message>
    <message>
        <source>damage report %1 has no readable point</source>
        <translation>被害報告 %1 に読み取れる位置がありません</translation>
    </message>
    <message>
        <source>there is no damage report %1</source>
        <translation>被害報告 %1 はありません</translation>
    </message>
    <message>
        <source>duplicate search needs a radius and a time window above 0</source>
        <translation>重複の検索には 0 より大きい半径と時間幅が必要です</translation>
    </message>
    <message>
        <source>duplicate search needs a report time</source>
        <translation>重複の検索には報告時刻が必要です</translation>
    </message>
    <message>
        <source>the photo is empty</source>
        <translation>写真が空です</translation>
    </message>
    <message>
        <source>the photo has %1 MiB; at most %2 MiB are accepted</source>
        <translation>写真のサイズが %1 MiB です。受け付けるのは %2 MiB までです</translation>
    </message>
    <message>
        <source>the photo is not a JPEG or PNG image</source>
        <translation>写真が JPEG または PNG の画像ではありません</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
</context>
<context>
    <name>DamageCategory</name>
    <message>
        <source>Building collapse</source>
        <extracomment>Japanese: 建物倒壊</extracomment>
        <translation>建物倒壊</translation>
    </message>
    <message>
        <source>Road blocked</source>
        <extracomment>Japanese: 道路閉塞</extracomment>
        <translation>道路閉塞</translation>
    </message>
    <message>
        <source>Flooding</source>
        <extracomment>Japanese: 浸水</extracomment>
        <translation>浸水</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>Japanese: 火災</extracomment>
        <translation>火災</translation>
    </message>
    <message>
        <source>Landslide</source>
        <extracomment>Japanese: 土砂災害</extracomment>
        <translation>土砂災害</translation>
    </message>
    <message>
        <source>Power or utility outage</source>
        <extracomment>Japanese: 停電・ライフライン途絶</extracomment>
        <translation>停電・ライフライン途絶</translation>
    </message>
</context>
<context>
    <name>DamageReport</name>
    <message>
        <source>Damage reports</source>
        <translation>被害報告</translation>
    </message>
    <message>
        <source>The damage reports cannot be read: %1</source>
        <translation>被害報告を読み込めません：%1</translation>
    </message>
    <message>
        <source>No damage had been reported by this time.</source>
        <translation>この時点までに被害の報告はありません。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告件数</translation>
    </message>
    <message>
        <source>Open (new, verified, assigned)</source>
        <translation>未完了（新規・確認済み・割当済み）</translation>
    </message>
    <message>
        <source>Open with severity 4–5</source>
        <translation>未完了のうち深刻度 4～5</translation>
    </message>
    <message>
        <source>Road links closed by reports</source>
        <translation>報告により閉鎖された道路リンク</translation>
    </message>
    <message>
        <source>Reports by category and triage state</source>
        <translation>種別・トリアージ状態別の報告件数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>No damage data yet: the damage plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</source>
        <translation>被害のデータはまだありません。被害報告プラグインのテーブルは、ツインを初めて書き込み可能で開いたとき（コンソール、または書き込みを行う citytwin-cli コマンドで）に作成されます。</translation>
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
    <name>DeteriorationModel</name>
    <message>
        <source>probability %1 to %2 is outside 0–1</source>
        <translation>%2 への確率 %1 が 0〜1 の範囲外です</translation>
    </message>
    <message>
        <source>an asset does not improve by itself (to %1)</source>
        <translation>資産は自然には改善しません（%1 へ）</translation>
    </message>
    <message>
        <source>the row sums to %1, not 1</source>
        <translation>行の合計が 1 ではなく %1 です</translation>
    </message>
    <message>
        <source>unknown asset type &quot;%1&quot;</source>
        <translation>不明な資産種別「%1」</translation>
    </message>
    <message>
        <source>grade outside 1–4</source>
        <translation>判定区分が 1〜4 の範囲外です</translation>
    </message>
</context>
<context>
    <name>DispatchKpis</name>
    <message>
        <source>KPIs need a time range and an interval above zero</source>
        <translation>KPIには期間と0より大きい間隔が必要です</translation>
    </message>
    <message>
        <source>too many intervals (%1); choose a longer interval</source>
        <translation>区間が多すぎます（%1）。もっと長い間隔を選んでください</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Re-optimise stops</source>
        <translation>停車順を再最適化</translation>
    </message>
    <message>
        <source>Insert every pick-up that has not started again, earliest first, where it adds the least driving</source>
        <translation>未開始の乗車をすべて、乗車可能時刻の早い順に、走行の増加が最も少ない位置へ入れ直します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新しい依頼…</translation>
    </message>
    <message>
        <source>Reading the requests and driving times…</source>
        <translation>依頼と所要時間を読み込んでいます…</translation>
    </message>
    <message>
        <source>E %1 m, N %2 m</source>
        <translation>東 %1 m、北 %2 m</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>乗車地</translation>
    </message>
    <message>
        <source>Click the map…</source>
        <translation>地図をクリック…</translation>
    </message>
    <message>
        <source>On map</source>
        <translation>地図で指定</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>降車地</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>乗車人数</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>車いす</translation>
    </message>
    <message>
        <source>Pick-up from</source>
        <translation>乗車可能時刻</translation>
    </message>
    <message>
        <source>min from now</source>
        <translation>分後</translation>
    </message>
    <message>
        <source>Arrive by</source>
        <translation>到着期限</translation>
    </message>
    <message>
        <source>Enter request</source>
        <translation>依頼を登録</translation>
    </message>
    <message>
        <source>You can look but not decide: %1</source>
        <translation>閲覧のみ可能です：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s), %1 assigned</source>
        <translation>
            <numerusform>未処理の依頼 %n 件、割当済み %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 → %3</source>
        <translation>#%1 %2 → %3</translation>
    </message>
    <message>
        <source>pick-up</source>
        <translation>乗車地</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>降車地</translation>
    </message>
    <message numerus="yes">
        <source>pick-up from %1, arrive by %2 · %n passenger(s)</source>
        <translation>
            <numerusform>乗車 %1 以降、到着 %2 まで · %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation>車いす</translation>
    </message>
    <message>
        <source>Proposal: %1, pick-up %2 (wait %3 min), drop-off %4, detour %5 min</source>
        <translation>提案：%1、乗車 %2（待ち %3 分）、降車 %4、迂回 %5 分</translation>
    </message>
    <message>
        <source>No feasible vehicle: %1</source>
        <translation>割当可能な車両がありません：%1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>Give request %1 to another vehicle</source>
        <translation>依頼 %1 を別の車両に割り当てる</translation>
    </message>
    <message>
        <source>%1 — pick-up %2, drop-off %3, detour %4 min</source>
        <translation>%1 — 乗車 %2、降車 %3、迂回 %4 分</translation>
    </message>
    <message>
        <source>%1 — cannot: %2</source>
        <translation>%1 — 不可：%2</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>依頼 %1 を却下</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation>理由（監査ログに記録されます）</translation>
    </message>
    <message>
        <source>Re-optimise automatically every</source>
        <translation>自動で再最適化する間隔</translation>
    </message>
    <message>
        <source>Runs the re-optimisation as you, only when the new plan drives less; each change is in the audit log</source>
        <translation>あなたの名前で再最適化を実行します。新しい計画の走行が短い場合のみ変更し、各変更は監査ログに残ります</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Stops of</source>
        <translation>停車予定：</translation>
    </message>
    <message>
        <source>Pick up #%1 at %2</source>
        <translation>#%1 乗車：%2</translation>
    </message>
    <message>
        <source>Set down #%1 at %2</source>
        <translation>#%1 降車：%2</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>%1到着</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>乗車完了</translation>
    </message>
    <message>
        <source>Set down</source>
        <translation>降車完了</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>不在…</translation>
    </message>
    <message>
        <source>No-show for request %1?</source>
        <translation>リクエスト%1を不在にしますか？</translation>
    </message>
    <message>
        <source>Nobody came to the pick-up: the ride is cancelled and its stops leave %1&apos;s route.</source>
        <translation>乗車地に誰も来ませんでした：乗車はキャンセルされ、その停車は%1のルートから外れます。</translation>
    </message>
</context>
<context>
    <name>DroneFlightCheck</name>
    <message>
        <source>Choose a drone and a place.</source>
        <translation>ドローンと場所を選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a drone with a known position</source>
        <translation>%1 は位置のわかっているドローンではありません</translation>
    </message>
    <message>
        <source>%1 km, %2 legs, %3 min %4 s; battery %5 %, usable %6 km</source>
        <translation>%1 km、%2 区間、%3 分 %4 秒。バッテリー %5 %、飛行可能 %6 km</translation>
    </message>
</context>
<context>
    <name>DronePlanner</name>
    <message>
        <source>the clearance around no-fly zones must be above 0 m</source>
        <translation>飛行禁止区域からの離隔は 0 m より大きくしてください</translation>
    </message>
    <message>
        <source>a corner is not a finite coordinate</source>
        <translation>頂点の座標が有限の値ではありません</translation>
    </message>
    <message>
        <source>the outline needs at least three corners enclosing an area</source>
        <translation>外形には面積を囲む 3 つ以上の頂点が必要です</translation>
    </message>
    <message>
        <source>the outline cannot be widened by the clearance</source>
        <translation>外形を離隔の分だけ広げられません</translation>
    </message>
    <message>
        <source>the no-fly zones cannot be merged</source>
        <translation>飛行禁止区域を統合できません</translation>
    </message>
    <message>
        <source>the take-off point</source>
        <translation>離陸地点</translation>
    </message>
    <message>
        <source>the destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>%1 is not a finite coordinate</source>
        <translation>%1 の座標が有限の値ではありません</translation>
    </message>
    <message>
        <source>%1 lies in the no-fly zone %2 or within %3 m of it</source>
        <translation>%1 は飛行禁止区域 %2 の中、またはその %3 m 以内にあります</translation>
    </message>
    <message>
        <source>the drone needs a speed and range above 0, a charge of 0–100 % and a reserve below 100 %</source>
        <translation>ドローンには 0 より大きい速度と航続距離、0〜100 % の充電量、100 % 未満の予備量が必要です</translation>
    </message>
    <message>
        <source>the battery is at %1 %, not above the %2 % reserve</source>
        <translation>バッテリー残量 %1 % が予備量 %2 % を上回っていません</translation>
    </message>
    <message>
        <source>no air corridor leads around the no-fly zones to the destination</source>
        <translation>飛行禁止区域を迂回して目的地へ向かう空路がありません</translation>
    </message>
    <message>
        <source>the flight needs %1 km, the battery allows %2 km keeping the %3 % reserve</source>
        <translation>飛行には %1 km 必要ですが、予備量 %3 % を残すとバッテリーで飛べるのは %2 km です</translation>
    </message>
</context>
<context>
    <name>EnergyPanel</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>市役所</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>交流センター</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Energy of public facilities</source>
        <translation>公共施設のエネルギー</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Demo data: %1</source>
        <translation>デモデータ: %1</translation>
    </message>
    <message>
        <source>No energy meters are registered in this twin.</source>
        <translation>このツインには電力量計が登録されていません。</translation>
    </message>
    <message>
        <source>%1 – %2 (days in Japan time): %3 kWh, %4 t-CO₂ from %5 meters; %6 of %7 days complete</source>
        <translation>%1 – %2（日本時間の日）: %3 kWh、%4 t-CO₂（計器 %5 台）; %7 日中 %6 日が完全</translation>
    </message>
    <message>
        <source>No reduction target set.</source>
        <translation>削減目標は設定されていません。</translation>
    </message>
    <message>
        <source>Target −%1 % against %2 – %3: not enough complete days to compare.</source>
        <translation>目標 −%1 %（基準 %2 – %3）: 比較できる完全な日が足りません。</translation>
    </message>
    <message>
        <source>Target −%1 % against %2 – %3 (%4 kWh/day): now %5 kWh/day, %6 % less — %7 % of the target</source>
        <translation>目標 −%1 %（基準 %2 – %3、%4 kWh/日）: 現在 %5 kWh/日、%6 % 減 — 目標の %7 %</translation>
    </message>
    <message>
        <source>City, kWh per day — dashed: target, dotted: baseline, hollow: day not fully accounted for</source>
        <translation>市全体の日別 kWh — 破線: 目標、点線: 基準、白抜き: データが揃っていない日</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>City, t-CO₂ per day (%1 kg-CO₂/kWh)</source>
        <translation>市全体の日別 t-CO₂（%1 kg-CO₂/kWh）</translation>
    </message>
    <message>
        <source>t-CO₂</source>
        <translation>t-CO₂</translation>
    </message>
    <message>
        <source>Facilities (%1)</source>
        <translation>施設（%1）</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>kWh/day</source>
        <translation>kWh/日</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1 meter(s), %2 kWh in the period</source>
        <translation>計器 %1 台、期間中 %2 kWh</translation>
    </message>
    <message>
        <source>%1 gap(s), %2 reset(s)</source>
        <translation>欠測 %1 件、リセット %2 件</translation>
    </message>
    <message>
        <source>Issues in the readings (%1)</source>
        <translation>計測データの問題（%1）</translation>
    </message>
    <message>
        <source>%1: counter reset at %2 (%3 → %4 kWh; counted from 0)</source>
        <translation>%1: %2 に指示値リセット（%3 → %4 kWh、0 から計上）</translation>
    </message>
    <message>
        <source>%1: invalid reading %2 at %3, left out</source>
        <translation>%1: %3 の不正な値 %2 を除外</translation>
    </message>
    <message>
        <source>%1: no readings %2 – %3</source>
        <translation>%1: %2 – %3 の計測値なし</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Only planners and administrators may change the emission factor and the target.</source>
        <translation>排出係数と目標を変更できるのは計画担当と管理者だけです。</translation>
    </message>
    <message>
        <source>kg-CO₂/kWh</source>
        <translation>kg-CO₂/kWh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Apply emission factor</source>
        <translation>排出係数を適用</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>基準期間の開始</translation>
    </message>
    <message>
        <source>Baseline to</source>
        <translation>基準期間の終了</translation>
    </message>
    <message>
        <source>Reduction %</source>
        <translation>削減率 %</translation>
    </message>
    <message>
        <source>Apply target</source>
        <translation>目標を適用</translation>
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
    <name>FeatureState</name>
    <message>
        <source>Shelter occupancy</source>
        <translation>避難所の収容状況</translation>
    </message>
    <message>
        <source>full</source>
        <translation>満員</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉鎖</translation>
    </message>
    <message>
        <source>not for this hazard</source>
        <translation>この災害には不適</translation>
    </message>
    <message>
        <source>size: persons inside</source>
        <translation>大きさ：在所者数</translation>
    </message>
    <message>
        <source>Shelter congestion</source>
        <translation>避難所の混雑度</translation>
    </message>
    <message>
        <source>under 30 %</source>
        <translation>30 % 未満</translation>
    </message>
    <message>
        <source>30–60 %</source>
        <translation>30～60 %</translation>
    </message>
    <message>
        <source>60–80 %</source>
        <translation>60～80 %</translation>
    </message>
    <message>
        <source>80 % and more</source>
        <translation>80 % 以上</translation>
    </message>
    <message>
        <source>no power</source>
        <translation>停電</translation>
    </message>
    <message>
        <source>supply shortage</source>
        <translation>物資不足</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>燃料電池バス</translation>
    </message>
    <message>
        <source>supplying power</source>
        <translation>給電中</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>移動中</translation>
    </message>
    <message>
        <source>refuelling</source>
        <translation>水素充填中</translation>
    </message>
    <message>
        <source>held (too little energy)</source>
        <translation>待機（電力量不足）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>休止</translation>
    </message>
    <message>
        <source>size: energy on board</source>
        <translation>大きさ：搭載電力量</translation>
    </message>
    <message>
        <source>Sensor alarm level</source>
        <translation>センサーの警報レベル</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>平常</translation>
    </message>
    <message>
        <source>level 1 standby</source>
        <translation>レベル 1 待機</translation>
    </message>
    <message>
        <source>level 2 caution</source>
        <translation>レベル 2 注意</translation>
    </message>
    <message>
        <source>level 3 evacuation</source>
        <translation>レベル 3 避難判断</translation>
    </message>
    <message>
        <source>level 4 danger</source>
        <translation>レベル 4 危険</translation>
    </message>
    <message>
        <source>no recent reading</source>
        <translation>最近の測定値なし</translation>
    </message>
    <message>
        <source>Timetabled buses</source>
        <translation>時刻表どおりのバス</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>走行中</translation>
    </message>
    <message>
        <source>at a stop</source>
        <translation>停留所に停車中</translation>
    </message>
    <message>
        <source>On-demand vehicles: riders on board</source>
        <translation>デマンド車両: 乗車人数</translation>
    </message>
    <message>
        <source>flooding: roads closed</source>
        <translation>氾濫中: 道路通行止め</translation>
    </message>
    <message>
        <source>Delivery robots: battery</source>
        <translation>配送ロボット: バッテリー</translation>
    </message>
    <message>
        <source>Drones: battery</source>
        <translation>ドローン: バッテリー</translation>
    </message>
</context>
<context>
    <name>FleetStates</name>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>運行中</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>移動中</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>運休</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>整備中</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>走行中</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>到着間近</translation>
    </message>
    <message>
        <source>At a stop</source>
        <translation>停留所に停車中</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Hydrogen</source>
        <translation>水素</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>走行中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>乗降中</translation>
    </message>
    <message>
        <source>To the depot</source>
        <translation>拠点へ移動中</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>配達中</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>受け渡し中</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>帰還中</translation>
    </message>
</context>
<context>
    <name>Fleets</name>
    <message>
        <source>GDAL cannot read the file as CSV: %1</source>
        <translation>GDAL でファイルを CSV として読み込めません：%1</translation>
    </message>
    <message>
        <source>GTFS-Realtime vehicle positions (protobuf)</source>
        <translation>GTFS-Realtime 車両位置情報（protobuf）</translation>
    </message>
    <message>
        <source>%1: a newer position is already recorded</source>
        <translation>%1：より新しい位置が既に記録されています</translation>
    </message>
    <message>
        <source>a vehicle position without a vehicle id</source>
        <translation>車両 ID のない車両位置情報</translation>
    </message>
    <message>
        <source>position of &quot;%1&quot; cannot be transformed to EPSG:6677</source>
        <translation>&quot;%1&quot; の位置を EPSG:6677 に変換できません</translation>
    </message>
    <message>
        <source>the twin has no bus routes to place a demo fleet on</source>
        <translation>デモ車両を配置するバス路線がツインにありません</translation>
    </message>
    <message>
        <source>Demo pick-up %1</source>
        <translation>デモ乗車地 %1</translation>
    </message>
    <message>
        <source>Demo drop-off %1</source>
        <translation>デモ降車地 %1</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <source>I — sound</source>
        <extracomment>判定区分 I 健全</extracomment>
        <translation>I — 健全</translation>
    </message>
    <message>
        <source>II — preventive maintenance stage</source>
        <extracomment>判定区分 II 予防保全段階</extracomment>
        <translation>II — 予防保全段階</translation>
    </message>
    <message>
        <source>III — early action needed</source>
        <extracomment>判定区分 III 早期措置段階</extracomment>
        <translation>III — 早期措置段階</translation>
    </message>
    <message>
        <source>IV — urgent action needed</source>
        <extracomment>判定区分 IV 緊急措置段階</extracomment>
        <translation>IV — 緊急措置段階</translation>
    </message>
</context>
<context>
    <name>GradeOutlookChart</name>
    <message>
        <source>Expected share of the assets in each grade if nothing is done</source>
        <translation>対策を行わない場合の判定区分別の資産割合（期待値）</translation>
    </message>
    <message>
        <source>Years from now</source>
        <translation>経過年数</translation>
    </message>
    <message>
        <source>% of assets</source>
        <translation>資産の割合（%）</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Flood-fighting standby level</source>
        <extracomment>水防団待機水位 (level 1 of a river gauge)</extracomment>
        <translation>水防団待機水位</translation>
    </message>
    <message>
        <source>Flood caution level</source>
        <extracomment>氾濫注意水位 (level 2)</extracomment>
        <translation>氾濫注意水位</translation>
    </message>
    <message>
        <source>Evacuation decision level</source>
        <extracomment>避難判断水位 (level 3)</extracomment>
        <translation>避難判断水位</translation>
    </message>
    <message>
        <source>Flood danger level</source>
        <extracomment>氾濫危険水位 (level 4)</extracomment>
        <translation>氾濫危険水位</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 時間</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>Zoom in (or use the mouse wheel; drag to pan)</source>
        <translation>拡大（マウスホイールでも可。ドラッグで移動）</translation>
    </message>
    <message>
        <source>Show the whole range</source>
        <translation>全期間を表示</translation>
    </message>
    <message>
        <source>%1 buckets of %2 min: mean, band from min to max</source>
        <translation>%2 分ごとの区間 %1 個：平均値（帯は最小値～最大値）</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s)</source>
        <translation>
            <numerusform>測定値 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotspotOverlay</name>
    <message>
        <source>No alerts in the last %1 days</source>
        <translation>過去 %1 日間の安全情報はありません</translation>
    </message>
    <message>
        <source>Threshold: %1 alerts/km²</source>
        <translation>しきい値：%1 件/km²</translation>
    </message>
    <message>
        <source>Peak: %1 alerts/km²</source>
        <translation>最大：%1 件/km²</translation>
    </message>
    <message>
        <source>Kernel density of %1 alerts, bandwidth %2 m, cells of %3 m</source>
        <translation>安全情報 %1 件のカーネル密度（バンド幅 %2 m、セル %3 m）</translation>
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
    <name>IngestHealth</name>
    <message>
        <source>not subscribed</source>
        <translation>未購読</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>不正なペイロード</translation>
    </message>
    <message>
        <source>unknown sensor</source>
        <translation>不明なセンサー</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではない</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>wrong unit</source>
        <translation>単位の誤り</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>不正な時刻</translation>
    </message>
    <message>
        <source>time in the future</source>
        <translation>未来の時刻</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>ブローカー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信件数</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存件数</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>拒否件数（理由別）</translation>
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
    <name>Intervention</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Preventive repair</source>
        <translation>予防保全</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>補修</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Urgent replacement</source>
        <translation>緊急架替・更新</translation>
    </message>
</context>
<context>
    <name>InventoryCsvImporter</name>
    <message>
        <source>Asset inventory (CSV)</source>
        <translation>資産台帳（CSV）</translation>
    </message>
    <message>
        <source>this twin has no asset tables (the assets plugin&apos;s schema is not applied)</source>
        <translation>このツインには資産テーブルがありません（資産プラグインのスキーマが適用されていません）</translation>
    </message>
</context>
<context>
    <name>InventoryCsvReader</name>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a CSV file GDAL can read</source>
        <translation>GDAL で読める CSV ファイルではありません</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>列がありません：%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>expected a number ≥ 0, got &quot;%1&quot;</source>
        <translation>0 以上の数値が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>「%1」が重複しています</translation>
    </message>
    <message>
        <source>expected bridge, pavement, water_pipe or sewer_pipe, got &quot;%1&quot;</source>
        <translation>bridge、pavement、water_pipe、sewer_pipe のいずれかが必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>expected a year between 1850 and %1, got &quot;%2&quot;</source>
        <translation>1850〜%1 年の値が必要ですが「%2」でした</translation>
    </message>
    <message>
        <source>expected I, II, III or IV, got &quot;%1&quot;</source>
        <translation>I、II、III、IV のいずれかが必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>expected a past date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>過去の日付（YYYY-MM-DD）が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>not a WKT geometry</source>
        <translation>WKT のジオメトリではありません</translation>
    </message>
    <message>
        <source>a line needs two points</source>
        <translation>線には 2 点以上が必要です</translation>
    </message>
    <message>
        <source>expected a LINESTRING or POINT</source>
        <translation>LINESTRING または POINT が必要です</translation>
    </message>
    <message>
        <source>expected a longitude in degrees, got &quot;%1&quot;</source>
        <translation>経度（度）が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>expected a latitude in degrees, got &quot;%1&quot;</source>
        <translation>緯度（度）が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>cannot transform to EPSG:6677</source>
        <translation>EPSG:6677 に変換できません</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>Last</source>
        <translation>直近</translation>
    </message>
    <message>
        <source>hours, per hour</source>
        <translation>時間（1時間ごと）</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>平均待ち時間（分）</translation>
    </message>
    <message>
        <source>Detour factor (ride ÷ direct)</source>
        <translation>迂回率（乗車時間 ÷ 直行時間）</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>乗車率（%）</translation>
    </message>
    <message>
        <source>Vehicle-km</source>
        <translation>走行距離（台キロ）</translation>
    </message>
    <message>
        <source>Rejected requests</source>
        <translation>却下した依頼</translation>
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
    <message>
        <source>Damage reports</source>
        <translation>被害報告</translation>
    </message>
    <message>
        <source>Power plan routes</source>
        <translation>給電計画の経路</translation>
    </message>
    <message>
        <source>Power plan stops</source>
        <translation>給電計画の停車地</translation>
    </message>
    <message>
        <source>Safety notice areas</source>
        <translation>安全情報の配信エリア</translation>
    </message>
    <message>
        <source>GTFS route shapes</source>
        <translation>GTFS 路線形状</translation>
    </message>
    <message>
        <source>GTFS stops</source>
        <translation>GTFS 停留所</translation>
    </message>
    <message>
        <source>Assets (all)</source>
        <translation>資産（全件）</translation>
    </message>
    <message>
        <source>Assets: grade I (sound)</source>
        <translation>資産：判定区分 I（健全）</translation>
    </message>
    <message>
        <source>Assets: grade II (preventive stage)</source>
        <translation>資産：判定区分 II（予防保全段階）</translation>
    </message>
    <message>
        <source>Assets: grade III (early action)</source>
        <translation>資産：判定区分 III（早期措置段階）</translation>
    </message>
    <message>
        <source>Assets: grade IV (urgent action)</source>
        <translation>資産：判定区分 IV（緊急措置段階）</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>維持管理計画</translation>
    </message>
    <message>
        <source>No-fly zones</source>
        <translation>飛行禁止区域</translation>
    </message>
    <message>
        <source>Safety alerts (recent)</source>
        <translation>安全情報（最近）</translation>
    </message>
    <message>
        <source>Safety hotspots</source>
        <translation>安全情報ホットスポット</translation>
    </message>
</context>
<context>
    <name>LifeCycleChart</name>
    <message>
        <source>Life-cycle cost: preventive %1, reactive %2 billion yen; expected failures %3 vs %4</source>
        <translation>ライフサイクル費用：予防保全 %1、事後保全 %2 十億円。損傷の期待件数 %3 対 %4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Billion yen</source>
        <translation>十億円</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>予防保全</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>事後保全</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Export schedule adherence</source>
        <translation>定時運行状況の書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>GTFS-Realtime vehicle positions</source>
        <translation>GTFS-Realtime 車両位置</translation>
    </message>
    <message>
        <source>http://…/vehicle_positions.pb</source>
        <translation>http://…/vehicle_positions.pb</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Polling a feed needs the mobility dispatcher or administrator role.</source>
        <translation>フィードの取得には配車担当または管理者の役割が必要です。</translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>定時運行状況</translation>
    </message>
    <message numerus="yes">
        <source>%n bus(es), %1 late</source>
        <translation>
            <numerusform>バス %n 台、遅れ %1 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出し…</translation>
    </message>
    <message>
        <source>No bus reports a timetabled trip yet.</source>
        <translation>時刻表の便を報告しているバスはまだありません。</translation>
    </message>
    <message>
        <source>%1 → %2 (due %3)</source>
        <translation>%1 → %2（予定 %3）</translation>
    </message>
    <message>
        <source>Mobile supermarket</source>
        <translation>移動スーパー</translation>
    </message>
    <message>
        <source>Last position report %1</source>
        <translation>最終位置報告 %1</translation>
    </message>
    <message numerus="yes">
        <source>Drone flight check (%n no-fly zone(s))</source>
        <translation>
            <numerusform>ドローン飛行確認（飛行禁止区域 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>to</source>
        <translation>→</translation>
    </message>
    <message>
        <source>and back</source>
        <translation>往復</translation>
    </message>
    <message>
        <source>Check flight</source>
        <translation>飛行を確認</translation>
    </message>
    <message>
        <source>Start polling when the twin opens</source>
        <translation>ツインを開いたときに取得を開始する</translation>
    </message>
    <message>
        <source>The URL and interval are remembered for this twin file; polling starts by itself only when this is ticked</source>
        <translation>URLと間隔はこのツインファイルごとに記憶されます。ここにチェックがある場合のみ自動で取得を開始します</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>巡回を編集…</translation>
    </message>
    <message>
        <source>Changing a round needs the mobility dispatcher or administrator role.</source>
        <translation>巡回の変更には配車担当または管理者の役割が必要です。</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Stays (min)</source>
        <translation>滞在（分）</translation>
    </message>
    <message>
        <source>Move this place one stop earlier (the times stay)</source>
        <translation>この場所を1つ前の停留所に移動（時刻はそのまま）</translation>
    </message>
    <message>
        <source>Move this place one stop later (the times stay)</source>
        <translation>この場所を1つ後の停留所に移動（時刻はそのまま）</translation>
    </message>
    <message>
        <source>Remove this stop</source>
        <translation>この停留所を削除</translation>
    </message>
    <message>
        <source>Add bus stop</source>
        <translation>バス停を追加</translation>
    </message>
    <message>
        <source>Add clicked point</source>
        <translation>クリックした地点を追加</translation>
    </message>
    <message>
        <source>A stop at the last point clicked on the map</source>
        <translation>地図上で最後にクリックした地点に停留所を追加</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>巡回を保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Remove stop %1?</source>
        <translation>停留所%1を削除しますか？</translation>
    </message>
    <message>
        <source>The stop leaves the round when you save it.</source>
        <translation>保存すると、この停留所は巡回から外れます。</translation>
    </message>
    <message>
        <source>Robot delivery check (walking network)</source>
        <translation>配送ロボットの確認(歩行者ネットワーク)</translation>
    </message>
    <message>
        <source>Point clicked on the map</source>
        <translation>地図でクリックした地点</translation>
    </message>
    <message>
        <source>Click the map to choose the point</source>
        <translation>地図をクリックして地点を選んでください</translation>
    </message>
    <message>
        <source>Point %1, %2</source>
        <translation>地点 %1, %2</translation>
    </message>
    <message>
        <source>Check delivery</source>
        <translation>配送を確認</translation>
    </message>
    <message>
        <source>The last flight or way checked is drawn on the map (layer “Planned drone or robot path”).</source>
        <translation>最後に確認した飛行経路・配送経路は地図に表示されます(レイヤー「ドローン・ロボットの計画経路」)。</translation>
    </message>
</context>
<context>
    <name>LogisticsModel</name>
    <message>
        <source>no delivery robot in the fleet</source>
        <translation>配送ロボットが車両に含まれていません</translation>
    </message>
    <message>
        <source>no drone in the fleet</source>
        <translation>ドローンが車両に含まれていません</translation>
    </message>
    <message>
        <source>there and back is %1 km, a full battery lasts %2 km above the reserve</source>
        <translation>往復 %1 km、満充電で予備を残して飛行・走行できるのは %2 km です</translation>
    </message>
    <message>
        <source>no delivery robot could take it within %1 min</source>
        <translation>%1 分以内に対応できる配送ロボットがありませんでした</translation>
    </message>
    <message>
        <source>no drone could take it within %1 min</source>
        <translation>%1 分以内に対応できるドローンがありませんでした</translation>
    </message>
</context>
<context>
    <name>LogisticsModelFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>不明なキーです（有効なキー: %1）</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数を指定してください</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>%1 から %2 までの数値を指定してください</translation>
    </message>
    <message>
        <source>expected a number above %1, at most %2</source>
        <translation>%1 より大きく %2 以下の数値を指定してください</translation>
    </message>
    <message>
        <source>expected a duration like &quot;00:15&quot;</source>
        <translation>&quot;00:15&quot; のような時間の長さを指定してください</translation>
    </message>
    <message>
        <source>expected &quot;full&quot; or &quot;fleet&quot; (each vehicle&apos;s energy_level)</source>
        <translation>&quot;full&quot; または &quot;fleet&quot;（各車両の energy_level）を指定してください</translation>
    </message>
    <message>
        <source>expected a list of points [[x, y], …] in metres (EPSG:6677)</source>
        <translation>点のリスト [[x, y], …]（メートル、EPSG:6677）を指定してください</translation>
    </message>
    <message>
        <source>expected 24 hourly weights ≥ 0, not all 0</source>
        <translation>0 以上の 24 個の時間別の重み（すべて 0 は不可）を指定してください</translation>
    </message>
    <message>
        <source>the twin has no delivery robots, drones or hospitals to start from; list the depots [[x, y], …]</source>
        <translation>ツインに出発点となる配送ロボット・ドローン・病院がありません。拠点を [[x, y], …] で指定してください</translation>
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
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Not allowed to import</source>
        <translation>取り込みの権限がありません</translation>
    </message>
    <message>
        <source>Sign in with an account that may import data (Operator → Sign in).</source>
        <translation>データを取り込める権限を持つアカウントでサインインしてください（担当者 → サインイン）。</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>状況報告書(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;imulation</source>
        <translation>シミュレーション(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>実行結果の比較(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>担当者(&amp;O)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>パスワードの変更(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <source>No messages yet.</source>
        <translation>メッセージはまだありません。</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <source>Write to the thread…</source>
        <translation>スレッドに書き込む…</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>権限がありません：%1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Post to this shelter&apos;s thread (HQ and the shelter&apos;s staff see it)</source>
        <translation>この避難所のスレッドに投稿します（本部とこの避難所の職員が閲覧できます）</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <source>Annual probability of dropping one grade. Apply, then Plan again to see the effect.</source>
        <translation>1 年間に判定区分が 1 段階下がる確率。適用後に再度「計画作成」で効果を確認します。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>This type&apos;s chain skips grades; edit it in the asset_transition table</source>
        <translation>この種別の遷移は区分を飛び越えます。asset_transition テーブルで編集してください</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>Keep this model in the twin for every planner</source>
        <translation>このモデルをツインに保存し、すべての計画担当が使えるようにします</translation>
    </message>
</context>
<context>
    <name>NewReportForm</name>
    <message>
        <source>New damage report</source>
        <translation>新しい被害報告</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>The place clicked on the map (the twin&apos;s coordinates, EPSG:6677)</source>
        <translation>地図上でクリックした場所（ツインの座標、EPSG:6677）</translation>
    </message>
    <message>
        <source>Longitude / latitude</source>
        <translation>経度／緯度</translation>
    </message>
    <message>
        <source>WGS84 degrees, e.g. from a phone&apos;s GPS</source>
        <translation>WGS84 の度単位（スマートフォンの GPS など）</translation>
    </message>
    <message>
        <source>No place picked yet</source>
        <translation>場所が指定されていません</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>地図で指定</translation>
    </message>
    <message>
        <source>Hide this form until you click the place on the map</source>
        <translation>地図で場所をクリックするまでこのフォームを隠します</translation>
    </message>
    <message>
        <source>Longitude, e.g. 140.1123</source>
        <translation>経度（例：140.1123）</translation>
    </message>
    <message>
        <source>Degrees east (WGS84)</source>
        <translation>東経（度、WGS84）</translation>
    </message>
    <message>
        <source>Latitude, e.g. 36.0835</source>
        <translation>緯度（例：36.0835）</translation>
    </message>
    <message>
        <source>Degrees north (WGS84)</source>
        <translation>北緯（度、WGS84）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Once verified, this category closes the nearby roads for routing and simulation</source>
        <translation>この種別は確認済みになると、経路探索とシミュレーションで付近の道路を閉鎖します</translation>
    </message>
    <message>
        <source>What kind of damage</source>
        <translation>被害の種類</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>1 minor … 5 severe (people in danger, road impassable)</source>
        <translation>1 軽微 … 5 深刻（人命の危険、道路通行不能）</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>A resident&apos;s report is entered by you on their behalf</source>
        <translation>住民からの報告は、あなたが代わりに入力します</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>報告者の氏名</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Kept with the report, not written to the audit log</source>
        <translation>報告とともに保存され、監査ログには書き込まれません</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>e.g. The road is blocked by a fallen wall in front of the school</source>
        <translation>例：学校の前で倒れた塀が道路をふさいでいる</translation>
    </message>
    <message>
        <source>At most 4000 characters</source>
        <translation>4000 文字まで</translation>
    </message>
    <message>
        <source>Photo (JPEG or PNG, at most 10 MiB, optional)</source>
        <translation>写真（JPEG または PNG、10 MiB まで、任意）</translation>
    </message>
    <message>
        <source>Path of a photo file; it is stored in the twin</source>
        <translation>写真ファイルのパス。写真はツインに保存されます</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>写真ファイルを選択します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Submit report</source>
        <translation>報告を登録</translation>
    </message>
    <message>
        <source>Add the report to the triage queue as new</source>
        <translation>報告を新規としてトリアージ待ちの一覧に追加します</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>写真を選択</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>写真 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
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
    <name>OrderTable</name>
    <message>
        <source>Dispatch orders (bus, destination, departure, state)</source>
        <translation>配車指示（バス、行き先、出発、状態）</translation>
    </message>
    <message>
        <source>Refuel: %1</source>
        <translation>水素充填：%1</translation>
    </message>
    <message>
        <source>Departs %1, arrives %2, %3 h of service</source>
        <translation>%1 出発、%2 到着、給電 %3 時間</translation>
    </message>
    <message>
        <source>Mark order %1 (%2 to %3) as underway?</source>
        <translation>指示 %1（%2 → %3）を実行中にしますか？</translation>
    </message>
    <message>
        <source>Mark order %1 (%2 at %3) as done?</source>
        <translation>指示 %1（%2、%3）を完了にしますか？</translation>
    </message>
    <message>
        <source>The bus has left: mark the order underway</source>
        <translation>バスが出発しました：指示を実行中にします</translation>
    </message>
    <message>
        <source>Mark the order done</source>
        <translation>指示を完了にします</translation>
    </message>
    <message>
        <source>Cancel order %1 (%2 to %3)?</source>
        <translation>指示 %1（%2 → %3）を取り消しますか？</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>この指示を取り消します</translation>
    </message>
</context>
<context>
    <name>OverlayList</name>
    <message>
        <source>For you</source>
        <translation>あなた向け</translation>
    </message>
    <message>
        <source>Layers computed for the operator signed in, with what that role may see</source>
        <translation>サインイン中の担当者向けに、その役割で閲覧できる範囲で計算したレイヤー</translation>
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
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation>不透明度 %1 %</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Damage reports</source>
        <translation>被害報告</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>新規報告…</translation>
    </message>
    <message>
        <source>Enter a damage report from shelter staff or a resident</source>
        <translation>避難所職員や住民からの被害報告を入力します</translation>
    </message>
    <message>
        <source>Your role may not enter damage reports</source>
        <translation>あなたの役割では被害報告を入力できません</translation>
    </message>
    <message>
        <source>This twin has no damage reports table (it is open read-only or the plugin&apos;s schema was not applied).</source>
        <translation>このツインには被害報告のテーブルがありません（読み取り専用で開かれているか、プラグインのスキーマが適用されていません）。</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Show only reports of this category</source>
        <translation>この種別の報告だけを表示します</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Show only reports in this triage state</source>
        <translation>このトリアージ状態の報告だけを表示します</translation>
    </message>
    <message>
        <source>%1 of %2 report(s), waiting longest first</source>
        <translation>報告 %2 件中 %1 件（待ち時間の長い順）</translation>
    </message>
    <message>
        <source>Click the place of the damage on the map.</source>
        <translation>地図上で被害の場所をクリックしてください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Back to the form without picking a place</source>
        <translation>場所を指定せずにフォームに戻ります</translation>
    </message>
    <message>
        <source>Fuel-cell buses and power dispatch</source>
        <translation>燃料電池バスと給電配車</translation>
    </message>
    <message>
        <source>Read the buses and dispatch orders again from the twin</source>
        <translation>ツインからバスと配車指示を再読み込みします</translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation>%1（%2）として操作中</translation>
    </message>
    <message>
        <source>Not signed in: read only</source>
        <translation>未サインイン：閲覧のみ</translation>
    </message>
    <message>
        <source>Change bus state</source>
        <translation>バスの状態を変更</translation>
    </message>
    <message>
        <source>Set %1 (%2) to &quot;%3&quot;? The change is recorded in the audit log.</source>
        <translation>%1（%2）を「%3」にしますか？変更は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>This twin has no fuel-cell buses.</source>
        <translation>このツインには燃料電池バスがありません。</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>計画期間</translation>
    </message>
    <message>
        <source>Hours from now the plan covers</source>
        <translation>現在から何時間先までを計画の対象とするか</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Plan power dispatch</source>
        <translation>給電計画を作成</translation>
    </message>
    <message>
        <source>Find which bus powers which shelter without grid power, when, and when it refuels, so that the most person-hours are covered (persons with medical needs count three times)</source>
        <translation>商用電源のない避難所に、どのバスがいつ給電し、いつ水素を充填するかを、カバーできる延べ人時が最大になるように求めます（医療的ケアが必要な人は 3 倍で計算）</translation>
    </message>
    <message>
        <source>Reassign stop</source>
        <translation>停車地を付け替え</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>停車地を削除</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>地図に表示</translation>
    </message>
    <message>
        <source>Draw the routes and arrival times in the map layers &quot;Power plan routes&quot; and &quot;Power plan stops&quot;</source>
        <translation>経路と到着時刻を地図レイヤー「給電計画の経路」と「給電計画の停車地」に描画します</translation>
    </message>
    <message>
        <source>Your role may not publish plans to the map</source>
        <translation>あなたの役割では計画を地図に公開できません</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Discard plan</source>
        <translation>計画を破棄</translation>
    </message>
    <message>
        <source>Discard the proposed plan? Nothing was recorded yet.</source>
        <translation>提案された計画を破棄しますか？まだ何も記録されていません。</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>計画を承認</translation>
    </message>
    <message>
        <source>Create %1 dispatch orders for %2 buses? Pending orders of earlier plans are cancelled. This is recorded in the audit log.</source>
        <translation>バス %2 台に配車指示 %1 件を作成しますか？以前の計画の未着手の指示は取り消されます。この操作は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Turn the plan into dispatch orders</source>
        <translation>計画から配車指示を作成します</translation>
    </message>
    <message>
        <source>Only HQ commanders and administrators may accept plans</source>
        <translation>計画を承認できるのは本部指揮者と管理者だけです</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>配車指示</translation>
    </message>
    <message>
        <source>Community safety</source>
        <translation>地域安全</translation>
    </message>
    <message>
        <source>%1 alerts in the last %2 days, %3 of them with places generalised to 100 m</source>
        <translation>過去 %2 日間の安全情報 %1 件（うち %3 件は場所を 100 m 単位に丸めています）</translation>
    </message>
    <message>
        <source>Bandwidth (m)</source>
        <translation>バンド幅（m）</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>期間（日）</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>ホットスポット</translation>
    </message>
    <message>
        <source>Alerts (fading with age)</source>
        <translation>安全情報（古いほど薄く表示）</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>パトロール</translation>
    </message>
    <message>
        <source>Streetlight suggestions</source>
        <translation>街路灯の設置候補</translation>
    </message>
    <message>
        <source>#%1: peak %2 alerts/km², about %3 alerts in %4 km²</source>
        <translation>#%1：最大 %2 件/km²、%4 km² に約 %3 件</translation>
    </message>
    <message>
        <source>%1 near-repeat alerts (another alert within %2 m and %3 days before)</source>
        <translation>近接反復 %1 件（%2 m 以内・%3 日以内に先行する事案あり）</translation>
    </message>
    <message>
        <source>Time budget (min)</source>
        <translation>所要時間の上限（分）</translation>
    </message>
    <message>
        <source>Suggest patrol</source>
        <translation>パトロール経路を提案</translation>
    </message>
    <message>
        <source>Plan it for today</source>
        <translation>本日の予定に登録</translation>
    </message>
    <message>
        <source>From %1 through hotspots %2: %3 min, %4 km</source>
        <translation>%1 からホットスポット %2 を巡回：%3 分、%4 km</translation>
    </message>
    <message>
        <source>Hotspot #%1 has no patrol planned today</source>
        <translation>ホットスポット #%1 は本日のパトロール予定がありません</translation>
    </message>
    <message>
        <source>Raise an alert for them</source>
        <translation>これらをアラートとして通知</translation>
    </message>
    <message>
        <source>Road %1: no streetlight in the twin</source>
        <translation>道路 %1：ツインに街路灯がありません</translation>
    </message>
    <message>
        <source>Road %1: %2 m from the nearest light</source>
        <translation>道路 %1：最寄りの街路灯まで %2 m</translation>
    </message>
    <message>
        <source>Shelters — HQ dashboard</source>
        <translation>避難所 — 本部ダッシュボード</translation>
    </message>
    <message>
        <source>Read the shelters again from the twin (it also refreshes on its own every 15 s)</source>
        <translation>ツインから避難所を再読み込みします（15 秒ごとにも自動更新されます）</translation>
    </message>
    <message>
        <source>Open a twin to see its shelters.</source>
        <translation>避難所を表示するにはツインを開いてください。</translation>
    </message>
    <message>
        <source>Shelters (%1)</source>
        <translation>避難所（%1）</translation>
    </message>
    <message>
        <source>Requests (%1 new)</source>
        <translation>要請（新規 %1）</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>要請（%1）</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>未完了の要請はありません。</translation>
    </message>
    <message>
        <source>Alerts by hour (JST) and weekday</source>
        <translation>時間帯（日本時間）・曜日別の件数</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>安全情報</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Record an alert</source>
        <translation>安全情報を登録</translation>
    </message>
    <message>
        <source>When (JST)</source>
        <translation>日時（日本時間）</translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation>終了日時（任意）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>%1, %2 (EPSG:6677)</source>
        <translation>%1, %2（EPSG:6677）</translation>
    </message>
    <message>
        <source>Click the place on the map</source>
        <translation>地図上で場所をクリックしてください</translation>
    </message>
    <message>
        <source>e.g. 竹園1丁目</source>
        <translation>例：竹園1丁目</translation>
    </message>
    <message>
        <source>Concerned school</source>
        <translation>関係する学校</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>不審者</translation>
    </message>
    <message>
        <source>e.g. man in his 40s, white car</source>
        <translation>例：40 代の男性、白い車</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>school or police station</source>
        <translation>学校または警察署</translation>
    </message>
    <message>
        <source>Personal data (kept apart, seen only by the police and the school)</source>
        <translation>個人データ（別に保管し、警察と学校だけが閲覧できます）</translation>
    </message>
    <message>
        <source>Victim age group</source>
        <translation>被害者の年齢層</translation>
    </message>
    <message>
        <source>e.g. 小学生</source>
        <translation>例：小学生</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>e.g. 小3</source>
        <translation>例：小3</translation>
    </message>
    <message>
        <source>Reporter contact</source>
        <translation>通報者の連絡先</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Alert %1 recorded (received).</source>
        <translation>安全情報 %1 を登録しました（受付済み）。</translation>
    </message>
    <message>
        <source>Alerts you may see</source>
        <translation>閲覧できる安全情報</translation>
    </message>
    <message>
        <source>Reason (needed to retract)</source>
        <translation>理由（取り消しに必要）</translation>
    </message>
    <message>
        <source>#%1 %2 / %3 — %4</source>
        <translation>#%1 %2 / %3 — %4</translation>
    </message>
    <message>
        <source>place generalised, no personal data</source>
        <translation>場所は丸め済み、個人データなし</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Sensors and alarms</source>
        <translation>センサーと警報</translation>
    </message>
    <message>
        <source>Read the sensors again from the twin (it also refreshes on its own every 5 s)</source>
        <translation>ツインからセンサーを再読み込みします（5 秒ごとにも自動更新されます）</translation>
    </message>
    <message>
        <source>Sensors (%1)</source>
        <translation>センサー（%1）</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>警報（%1）</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Assets and maintenance</source>
        <translation>資産・維持管理</translation>
    </message>
    <message>
        <source>This twin has no asset inventory (it is open read-only or the plugin&apos;s schema was not applied).</source>
        <translation>このツインには資産台帳がありません（読み取り専用で開かれているか、プラグインのスキーマが適用されていません）。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>資産 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual budget (million yen)</source>
        <translation>年間予算（百万円）</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>Risk horizon (years)</source>
        <translation>リスク評価期間（年）</translation>
    </message>
    <message>
        <source>Life cycle (years)</source>
        <translation>ライフサイクル（年）</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>計画作成中…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画作成</translation>
    </message>
    <message>
        <source>Choose the interventions that remove the most risk of failure within the annual budget, year by year</source>
        <translation>年間予算の範囲で、損傷リスクを最も減らす対策を年度ごとに選びます</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>計画を保存</translation>
    </message>
    <message>
        <source>Save the plan in the twin and show it on the map</source>
        <translation>計画をツインに保存し、地図に表示します</translation>
    </message>
    <message>
        <source>Derive from roads</source>
        <translation>道路から作成</translation>
    </message>
    <message>
        <source>Derive bridges, pavement and pipes from the twin&apos;s roads, rivers, water and buildings again (for roads imported after the inventory was made)</source>
        <translation>ツインの道路・河川・水面・建物から橋梁・舗装・管路を作り直します（台帳作成後に道路を取り込んだ場合）</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>総費用</translation>
    </message>
    <message>
        <source>%1 million yen</source>
        <translation>%1 百万円</translation>
    </message>
    <message>
        <source>Risk before (year 1)</source>
        <translation>対策前リスク（初年度）</translation>
    </message>
    <message>
        <source>Risk reduction</source>
        <translation>リスク低減量</translation>
    </message>
    <message>
        <source>Preventive vs reactive</source>
        <translation>予防保全と事後保全</translation>
    </message>
    <message>
        <source>Grades without maintenance</source>
        <translation>対策なしの判定区分</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Vehicles (%1)</source>
        <translation>車両（%1）</translation>
    </message>
    <message>
        <source>Dispatch (%1)</source>
        <translation>配車（%1）</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>New notice area</source>
        <translation>新しい配信区域</translation>
    </message>
    <message>
        <source>A circle of %1 m radius.</source>
        <translation>半径 %1 m の円です。</translation>
    </message>
    <message>
        <source>A polygon of %1 corners.</source>
        <translation>頂点 %1 個の多角形です。</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名前（日本語）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名前（英語）</translation>
    </message>
    <message>
        <source>e.g. Takezono 1</source>
        <translation>例：Takezono 1</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>登録者数</translation>
    </message>
    <message>
        <source>How many parents and residents receive notices for this area</source>
        <translation>この区域の通知を受け取る保護者・住民の人数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Area &quot;%1&quot; saved.</source>
        <translation>区域「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Delete notice area</source>
        <translation>配信区域の削除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its %2 subscribers get no more notices for it. Notices already sent stay in the outbox.</source>
        <translation>「%1」を削除しますか？登録者 %2 人にはこの区域の通知が届かなくなります。送信済みの通知は送信箱に残ります。</translation>
    </message>
    <message>
        <source>Area &quot;%1&quot; deleted.</source>
        <translation>区域「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Alerts from</source>
        <translation>警報の出典</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>実際の警報</translation>
    </message>
    <message numerus="yes">
        <source>Recorded run: %1 (%n alert(s))</source>
        <translation>
            <numerusform>記録済みの実行: %1（警報 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis and the map&apos;s safety layers use the generated alerts of a recorded simulation run (up to the timeline&apos;s time while it replays that run); the alert list and its steps stay the live alerts.</source>
        <translation>分析と地図の安全レイヤーは、記録済みシミュレーション実行で生成された警報を使います（その実行の再生中はタイムラインの時刻まで）。警報一覧とその操作は実際の警報のままです。</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Analysis parameters</source>
        <translation>分析パラメータ</translation>
    </message>
    <message>
        <source>Radius of the kernel: larger values give smoother, wider hotspots (%1–%2 m)</source>
        <translation>カーネルの半径：大きいほど滑らかで広いホットスポットになります (%1–%2 m)</translation>
    </message>
    <message>
        <source>Cell size (m)</source>
        <translation>セルサイズ (m)</translation>
    </message>
    <message>
        <source>Side of a cell of the density grid: smaller cells show more detail and take longer (%1–%2 m)</source>
        <translation>密度グリッドのセルの一辺：小さいほど詳細になり、計算に時間がかかります (%1–%2 m)</translation>
    </message>
    <message>
        <source>Alerts of the last this many days are analysed; on the map they fade with age over this period (%1–%2 days)</source>
        <translation>直近この日数の不審者情報を分析します。地図上では、この期間にわたり古いものほど薄く表示されます (%1–%2 日)</translation>
    </message>
    <message>
        <source>Near-repeat distance (m)</source>
        <translation>近接反復の距離 (m)</translation>
    </message>
    <message>
        <source>An alert is a near-repeat when another one happened within this distance … (%1–%2 m)</source>
        <translation>この距離以内で別の不審者情報があったものを近接反復とします… (%1–%2 m)</translation>
    </message>
    <message>
        <source>Near-repeat days</source>
        <translation>近接反復の日数</translation>
    </message>
    <message>
        <source>… and within this many days before it (%1–%2 days)</source>
        <translation>…かつ、その前のこの日数以内 (%1–%2 日)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Bandwidth 400 m, cells 50 m, 90 days, near-repeats within 200 m and 14 days, patrol 60 min</source>
        <translation>バンド幅 400 m、セル 50 m、90 日、近接反復 200 m・14 日以内、パトロール 60 分</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>再計算中…</translation>
    </message>
    <message>
        <source>Longest loop a patrol may take from the police box and back; a suggested loop is planned again when it changes (%1–%2 min)</source>
        <translation>交番から出て戻るまでのパトロールの最長時間。変更すると提案中の経路を計画し直します (%1–%2 分)</translation>
    </message>
    <message>
        <source>Notice areas</source>
        <translation>配信区域</translation>
    </message>
    <message>
        <source>Parents and residents subscribe to these areas; a published alert is sent to every area it lies in.</source>
        <translation>保護者や住民はこれらの区域に登録します。公開された不審者情報は、その場所を含むすべての区域に配信されます。</translation>
    </message>
    <message>
        <source>Draw area…</source>
        <translation>区域を描く…</translation>
    </message>
    <message>
        <source>Click the corners on the map; Backspace removes the last, Enter or a double click finishes, Esc cancels</source>
        <translation>地図上で頂点をクリックします。Backspace で最後の頂点を削除、Enter またはダブルクリックで完了、Esc で取り消します</translation>
    </message>
    <message>
        <source>Draw radius…</source>
        <translation>半径で描く…</translation>
    </message>
    <message>
        <source>Click the centre on the map, then click or drag to the edge</source>
        <translation>地図上で中心をクリックし、縁までクリックまたはドラッグします</translation>
    </message>
    <message>
        <source>Cancel drawing</source>
        <translation>描画を取り消す</translation>
    </message>
    <message>
        <source>Your role may not draw or delete notice areas (police liaison, planners, HQ and administrators may).</source>
        <translation>あなたの役割では配信区域を描画・削除できません（警察連絡担当・計画担当・本部指揮者・管理者は可能です）。</translation>
    </message>
    <message>
        <source>Areas are drawn on the main map, which is not available here.</source>
        <translation>区域はメイン地図上で描きますが、ここでは地図を利用できません。</translation>
    </message>
    <message>
        <source>No notice areas yet.</source>
        <translation>配信区域はまだありません。</translation>
    </message>
    <message>
        <source>%1%2 · %3 · %4 subscribers</source>
        <translation>%1%2 · %3 · 登録者 %4 人</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Edited plan: %1 person-hours (optimised %2, simple greedy %3)</source>
        <translation>編集後の計画：%1 人時（最適化 %2、単純な貪欲法 %3）</translation>
    </message>
    <message>
        <source>Plan from %1 for %2 h: %3 person-hours covered (simple greedy %4)</source>
        <translation>%1 から %2 時間の計画：カバーする人時 %3（単純な貪欲法 %4）</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>到着予定</translation>
    </message>
    <message>
        <source>Supply h</source>
        <translation>給電時間</translation>
    </message>
    <message>
        <source>Person-h</source>
        <translation>人時</translation>
    </message>
    <message>
        <source>Refuel: %1</source>
        <translation>水素充填：%1</translation>
    </message>
    <message>
        <source>Departs %1; %2 kWh on arrival, full on leaving</source>
        <translation>%1 出発。到着時 %2 kWh、出発時 満タン</translation>
    </message>
    <message>
        <source>Departs %1; %2 kWh on arrival, %3 kWh on leaving</source>
        <translation>%1 出発。到着時 %2 kWh、出発時 %3 kWh</translation>
    </message>
    <message>
        <source>Give this stop to another bus, or drop it</source>
        <translation>この停車地を別のバスに付け替えるか、削除します</translation>
    </message>
    <message>
        <source>Reassign to %1</source>
        <translation>%1 に付け替え</translation>
    </message>
    <message>
        <source>Give the stop at %1 to bus %2? Its timing is worked out again.</source>
        <translation>%1 の停車地をバス %2 に付け替えますか？時刻は計算し直されます。</translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation>計画から削除</translation>
    </message>
    <message>
        <source>Remove the stop of %1 at %2 from the plan?</source>
        <translation>%1 の %2 での停車を計画から削除しますか？</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>判定区分</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Risk −</source>
        <translation>リスク減</translation>
    </message>
    <message>
        <source>Sort by this column</source>
        <translation>この列で並べ替え</translation>
    </message>
    <message>
        <source>Money in million yen; risk = probability of reaching grade IV within the horizon × cost of a failure to its users.</source>
        <translation>金額は百万円。リスク＝評価期間内に判定区分 IV に至る確率×損傷時の利用者損失。</translation>
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
    <message>
        <source>Damage reports</source>
        <translation>被害報告</translation>
    </message>
    <message>
        <source>Assets and maintenance</source>
        <translation>資産・維持管理</translation>
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
    <name>PowerDispatch</name>
    <message>
        <source>power dispatch planning was cancelled</source>
        <translation>給電計画の作成を中止しました</translation>
    </message>
    <message>
        <source>the road graph has no nodes</source>
        <translation>道路グラフにノードがありません</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>#%1 %2 · photo</source>
        <translation>#%1 %2 · 写真</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 ago</source>
        <translation>%1 · %2 · %3 前</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · %2 前</translation>
    </message>
</context>
<context>
    <name>Rainfall</name>
    <message>
        <source>the gauge names no river</source>
        <translation>水位計に河川名がありません</translation>
    </message>
    <message>
        <source>the twin has no river &quot;%1&quot;</source>
        <translation>ツインに河川「%1」がありません</translation>
    </message>
    <message>
        <source>the river &quot;%1&quot; has no line</source>
        <translation>河川「%1」に線形状がありません</translation>
    </message>
    <message>
        <source>the gauge is %1 m from the river &quot;%2&quot; (more than %3 m)</source>
        <translation>水位計は河川「%2」から %1 m 離れています (%3 m 超)</translation>
    </message>
    <message>
        <source>expected a rainfall intensity from 0 to %1 mm/h</source>
        <translation>0〜%1 mm/h の降雨強度を指定してください</translation>
    </message>
    <message>
        <source>expected a list of rainfall intensities in mm/h, one per time step, or one number</source>
        <translation>降雨強度 (mm/h) を時間ステップごとのリスト、または1つの数値で指定してください</translation>
    </message>
    <message>
        <source>the rainfall list is empty</source>
        <translation>降雨のリストが空です</translation>
    </message>
    <message>
        <source>the twin has no river gauges (sensor_sites of kind river_gauge)</source>
        <translation>ツインに水位計がありません (sensor_sites の種別 river_gauge)</translation>
    </message>
    <message>
        <source>the twin has no river gauge &quot;%1&quot; (it has: %2)</source>
        <translation>ツインに水位計「%1」がありません (あるもの: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The twin has no map layers to show.</source>
        <translation>ツインに表示できる地図レイヤーがありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>%1（続き）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>（行なし）</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>地図を読み込み中</translation>
    </message>
    <message>
        <source>Collecting the sections</source>
        <translation>各章を収集中</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>ページをレイアウト中</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF を書き出し中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <source>Select a report in the queue to see it here.</source>
        <translation>一覧で報告を選ぶと、ここに表示されます。</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Centre the map on this report</source>
        <translation>この報告を地図の中央に表示</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>%1 by %2%3</source>
        <translation>%1、%2%3</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>対応者</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重複元</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message numerus="yes">
        <source>%n road link(s) closed for routing and simulation</source>
        <translation>
            <numerusform>経路探索とシミュレーションで道路リンク %n 本を閉鎖中</numerusform>
        </translation>
    </message>
    <message>
        <source>the roads it closed are open again</source>
        <translation>閉鎖した道路は再開通しています</translation>
    </message>
    <message>
        <source>closes roads once verified</source>
        <translation>確認済みになると道路を閉鎖します</translation>
    </message>
    <message>
        <source>The photo cannot be shown.</source>
        <translation>写真を表示できません。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Verify report #%1? The road links within %2 m of it will be closed for routing and simulation.</source>
        <translation>報告 #%1 を確認済みにしますか？半径 %2 m 以内の道路リンクが経路探索とシミュレーションで閉鎖されます。</translation>
    </message>
    <message>
        <source>Verify report #%1?</source>
        <translation>報告 #%1 を確認済みにしますか？</translation>
    </message>
    <message>
        <source>Confirm that the damage is real</source>
        <translation>被害が実際に発生していることを確認します</translation>
    </message>
    <message>
        <source>Your role may not triage reports</source>
        <translation>あなたの役割では報告のトリアージはできません</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>再割当…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>割当…</translation>
    </message>
    <message>
        <source>Give the report to a team that deals with it</source>
        <translation>対応するチームに報告を割り当てます</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>対応完了</translation>
    </message>
    <message numerus="yes">
        <source>Resolve report #%1? It leaves the queue and the %n road link(s) it closed reopen.</source>
        <translation>
            <numerusform>報告 #%1 を対応完了にしますか？一覧から外れ、閉鎖していた道路リンク %n 本が再開通します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve report #%1? It leaves the queue.</source>
        <translation>報告 #%1 を対応完了にしますか？一覧から外れます。</translation>
    </message>
    <message>
        <source>The damage has been dealt with</source>
        <translation>被害への対応が完了しました</translation>
    </message>
    <message>
        <source>Your role may not resolve reports</source>
        <translation>あなたの役割では報告を対応完了にできません</translation>
    </message>
    <message>
        <source>Duplicate of…</source>
        <translation>重複として処理…</translation>
    </message>
    <message>
        <source>Mark this report as a duplicate of another report number</source>
        <translation>この報告を別の報告番号の重複としてマークします</translation>
    </message>
    <message>
        <source>Possible duplicates (same category, within 150 m and 6 h)</source>
        <translation>重複の可能性（同じ種別、150 m・6 時間以内）</translation>
    </message>
    <message>
        <source>No likely duplicates (same category, within 150 m and 6 h)</source>
        <translation>重複の可能性なし（同じ種別、150 m・6 時間以内）</translation>
    </message>
    <message>
        <source>#%1 · %2 m · %3 h apart · %4</source>
        <translation>#%1 · %2 m · %3 時間差 · %4</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>重複としてマーク</translation>
    </message>
    <message>
        <source>Mark report #%1 as a duplicate of #%2? It leaves the queue and any road it closed reopens.</source>
        <translation>報告 #%1 を #%2 の重複にしますか？一覧から外れ、閉鎖していた道路は再開通します。</translation>
    </message>
    <message>
        <source>This report describes the same damage as #%1</source>
        <translation>この報告は #%1 と同じ被害を報告しています</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>%1 %2 by %3 (%4)%5</source>
        <translation>%1 %2 %3（%4）%5</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>確認してください</translation>
    </message>
    <message>
        <source>Assign report #%1</source>
        <translation>報告 #%1 を割り当て</translation>
    </message>
    <message>
        <source>Team or person who deals with it</source>
        <translation>対応するチームまたは担当者</translation>
    </message>
    <message>
        <source>e.g. Road crew 3</source>
        <translation>例：道路班 3</translation>
    </message>
    <message>
        <source>Recorded with the report and in the audit log</source>
        <translation>報告と監査ログに記録されます</translation>
    </message>
    <message>
        <source>Mark report #%1 as a duplicate</source>
        <translation>報告 #%1 を重複としてマーク</translation>
    </message>
    <message>
        <source>Number of the report it repeats. It leaves the queue and any road it closed reopens.</source>
        <translation>重複元の報告番号。この報告は一覧から外れ、閉鎖していた道路は再開通します。</translation>
    </message>
    <message>
        <source>The report number shown as #N in the queue</source>
        <translation>一覧に #N と表示される報告番号</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Situation report</source>
        <translation>状況報告書</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>報告書の保存先</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>A PDF with a map of the city, the operator and the time, and the sections of the loaded plugins (shelters, damage, power …).</source>
        <translation>市の地図、作成者と時刻、読み込まれたプラグインの各章（避難所、被害、電力など）を含む PDF です。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Situation at</source>
        <translation>対象時点</translation>
    </message>
    <message>
        <source>now (or e.g. %1)</source>
        <translation>現在（または例：%1）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Write the time like %1 (local time), or leave it empty for now.</source>
        <translation>時刻を %1 のように入力してください（現地時刻）。空欄なら現在です。</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>報告書を書き出せませんでした：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>報告書を %1 に書き出しました</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>報告書を開く</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>報告書を作成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ReporterKind</name>
    <message>
        <source>Staff</source>
        <extracomment>Japanese: 職員</extracomment>
        <translation>職員</translation>
    </message>
    <message>
        <source>Resident</source>
        <extracomment>Japanese: 住民</extracomment>
        <translation>住民</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Japanese: その他</extracomment>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>What the shelter needs from HQ</source>
        <translation>避難所が本部に求めるもの</translation>
    </message>
    <message>
        <source>(other supplies)</source>
        <translation>（その他の物資）</translation>
    </message>
    <message>
        <source>A stock item: on delivery its quantity is added to the shelter&apos;s stock</source>
        <translation>備蓄品目：到着時にその数量が避難所の備蓄に加算されます</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>details (what, how many, by when)</source>
        <translation>詳細（何を、いくつ、いつまでに）</translation>
    </message>
    <message>
        <source>Send request to HQ</source>
        <translation>本部に要請を送信</translation>
    </message>
    <message>
        <source>HQ sees it at the top of its queue until acknowledged</source>
        <translation>確認されるまで本部の一覧の先頭に表示されます</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>権限がありません：%1</translation>
    </message>
    <message>
        <source>your role may not raise requests</source>
        <translation>あなたの役割では要請を出せません</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Decline the request</source>
        <translation>要請を却下</translation>
    </message>
    <message>
        <source>The shelter sees this reason:</source>
        <translation>避難所にはこの理由が表示されます：</translation>
    </message>
    <message>
        <source>e.g. no vehicle free before 18:00</source>
        <translation>例：18:00 まで空いている車両がない</translation>
    </message>
    <message>
        <source>%1 by %2 — waiting %3</source>
        <translation>%1 %2 — 待ち時間 %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>却下：%1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Tell the shelter HQ has seen the request</source>
        <translation>本部が要請を確認したことを避難所に伝えます</translation>
    </message>
    <message>
        <source>Only HQ acknowledges requests</source>
        <translation>要請を確認できるのは本部だけです</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>手配</translation>
    </message>
    <message>
        <source>The help is on its way</source>
        <translation>支援が向かっています</translation>
    </message>
    <message>
        <source>Only HQ dispatches</source>
        <translation>手配できるのは本部だけです</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Confirm the delivery; supplies with a quantity are added to the shelter&apos;s stock</source>
        <translation>到着を確認します。数量のある物資は避難所の備蓄に加算されます</translation>
    </message>
    <message>
        <source>HQ or the shelter&apos;s own staff confirm deliveries</source>
        <translation>到着を確認できるのは本部またはその避難所の職員です</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>Decline with a reason the shelter will see</source>
        <translation>避難所に表示される理由を付けて却下します</translation>
    </message>
</context>
<context>
    <name>RobotDeliveryCheck</name>
    <message>
        <source>Choose a robot and a place.</source>
        <translation>ロボットと行き先を選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a delivery robot with a known position</source>
        <translation>%1 は位置の分かる配送ロボットではありません</translation>
    </message>
    <message>
        <source>No walking network: %1</source>
        <translation>歩行者ネットワークがありません: %1</translation>
    </message>
    <message>
        <source>%1 has %2 % battery, not above the %3 % reserve</source>
        <translation>%1 のバッテリーは %2 % で、予備の %3 % を上回っていません</translation>
    </message>
    <message>
        <source>%1 km, %2 min %3 s; battery %4 % → %5 %</source>
        <translation>%1 km、%2 分 %3 秒、バッテリー %4 % → %5 %</translation>
    </message>
</context>
<context>
    <name>RobotRouter</name>
    <message>
        <source>delivery robots are routed on the walking network, not the car network</source>
        <translation>配送ロボットの経路は車道網ではなく歩行者ネットワークで求めます</translation>
    </message>
    <message>
        <source>the robot&apos;s speed must be above 0</source>
        <translation>ロボットの速度は 0 より大きくしてください</translation>
    </message>
    <message>
        <source>the walking network is empty</source>
        <translation>歩行者ネットワークが空です</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>出発地</translation>
    </message>
    <message>
        <source>the destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>%1 is %2 m from the nearest footway (at most %3 m)</source>
        <translation>%1 は最寄りの歩道から %2 m 離れています（上限 %3 m）</translation>
    </message>
    <message>
        <source>the destination cannot be reached on the walking network</source>
        <translation>歩行者ネットワークでは目的地に到達できません</translation>
    </message>
    <message>
        <source>the way is %1 km, the robot&apos;s battery lasts %2 km</source>
        <translation>経路は %1 km ですが、ロボットのバッテリーは %2 km 分です</translation>
    </message>
</context>
<context>
    <name>RoleTitles</name>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>HQ commander</source>
        <translation>本部指揮者</translation>
    </message>
    <message>
        <source>Shelter staff</source>
        <translation>避難所職員</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>計画担当</translation>
    </message>
    <message>
        <source>Mobility dispatcher</source>
        <translation>配車担当</translation>
    </message>
    <message>
        <source>Police liaison</source>
        <translation>警察連絡担当</translation>
    </message>
    <message>
        <source>School liaison</source>
        <translation>学校連絡担当</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>a road closure needs a source</source>
        <translation>道路閉鎖には発生元が必要です</translation>
    </message>
    <message>
        <source>a road closure needs a valid start time</source>
        <translation>道路閉鎖には有効な開始時刻が必要です</translation>
    </message>
    <message>
        <source>the twin has no roads layer</source>
        <translation>ツインに roads レイヤーがありません</translation>
    </message>
    <message>
        <source>the roads layer has no feature %1</source>
        <translation>roads レイヤーに地物 %1 がありません</translation>
    </message>
    <message>
        <source>reopening a road needs a valid time</source>
        <translation>道路の再開通には有効な時刻が必要です</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>%1 may not read safety alerts</source>
        <translation>%1 は安全情報を閲覧できません</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are wrong; nothing was imported:
</source>
        <translation>
            <numerusform>%n 行に誤りがあるため、何も取り込みませんでした：
</numerusform>
        </translation>
    </message>
    <message>
        <source>the twin has no city boundary (layer &quot;boundary&quot;), so places cannot be checked against the city</source>
        <translation>ツインに市域（レイヤー &quot;boundary&quot;）がないため、場所が市内かどうかを確認できません</translation>
    </message>
    <message>
        <source>the twin&apos;s boundary layer has no polygon</source>
        <translation>ツインの boundary レイヤーにポリゴンがありません</translation>
    </message>
    <message>
        <source>the patrol route is empty</source>
        <translation>パトロール経路が空です</translation>
    </message>
    <message>
        <source>a patrol plan needs a day</source>
        <translation>パトロール計画には日付が必要です</translation>
    </message>
    <message>
        <source>Hotspot %1 has no patrol planned for %2</source>
        <translation>ホットスポット %1 は %2 のパトロール予定がありません</translation>
    </message>
    <message>
        <source>Police crime open data (CSV)</source>
        <translation>警察の犯罪オープンデータ（CSV）</translation>
    </message>
    <message>
        <source>the twin has no roads layer</source>
        <translation>ツインに roads レイヤーがありません</translation>
    </message>
    <message>
        <source>A patrol needs hotspots and a police box in the twin.</source>
        <translation>パトロールには、ツインにホットスポットと交番が必要です。</translation>
    </message>
    <message>
        <source>Safety notice areas with subscribers (CSV)</source>
        <translation>お知らせ配信エリアと登録者数（CSV）</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>住所：%1</translation>
    </message>
    <message>
        <source>victim: %1</source>
        <translation>被害者：%1</translation>
    </message>
    <message>
        <source>reporter: %1</source>
        <translation>通報者：%1</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
    <message>
        <source>Write the time as 2026-03-01 16:30.</source>
        <translation>日時は 2026-03-01 16:30 の形式で入力してください。</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>不明な状態遷移です。</translation>
    </message>
    <message>
        <source>Only polygons and radii are drawn.</source>
        <translation>描画できるのは多角形と半径指定の円だけです。</translation>
    </message>
    <message>
        <source>A patrol planned on a recorded run&apos;s alerts is not saved.</source>
        <translation>記録された実行の警報で計画した巡回は保存されません。</translation>
    </message>
</context>
<context>
    <name>SafetyAreaKind</name>
    <message>
        <source>school-district</source>
        <translation>学区</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>町丁目</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>多角形</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>半径</translation>
    </message>
</context>
<context>
    <name>SafetyCategory</name>
    <message>
        <source>Verbal approach</source>
        <translation>声かけ</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>つきまとい</translation>
    </message>
    <message>
        <source>Suspicious person</source>
        <translation>不審者</translation>
    </message>
    <message>
        <source>Groping</source>
        <translation>痴漢</translation>
    </message>
    <message>
        <source>Indecent exposure</source>
        <translation>公然わいせつ</translation>
    </message>
    <message>
        <source>Covert filming</source>
        <translation>盗撮</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>暴行</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>SafetyStatus</name>
    <message>
        <source>received</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>取消済み</translation>
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
        <translation>水位計</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>気象</translation>
    </message>
    <message>
        <source>Bridge strain</source>
        <translation>橋梁ひずみ</translation>
    </message>
    <message>
        <source>Streetlight</source>
        <translation>街路灯</translation>
    </message>
    <message>
        <source>Energy meter</source>
        <translation>電力量計</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>大気質</translation>
    </message>
    <message>
        <source>People flow</source>
        <translation>人流</translation>
    </message>
    <message>
        <source>Traffic counter</source>
        <translation>交通量計</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>名称…</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>警報中</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>更新途絶</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>測定値なし</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>更新途絶</translation>
    </message>
</context>
<context>
    <name>Sensors</name>
    <message>
        <source>no alarm %1</source>
        <translation>警報 %1 はありません</translation>
    </message>
    <message>
        <source>alarm %1 was already acknowledged by %2</source>
        <translation>警報 %1 は既に %2 が確認済みです</translation>
    </message>
    <message>
        <source>GDAL cannot read this as CSV: %1</source>
        <translation>GDAL でこれを CSV として読み込めません：%1</translation>
    </message>
    <message>
        <source>the columns sensor, time and value are required</source>
        <translation>列 sensor、time、value が必要です</translation>
    </message>
    <message>
        <source>the bucket must be longer than 0 ms</source>
        <translation>区間は 0 ms より長くしてください</translation>
    </message>
    <message>
        <source>threshold level %1 must be 1 to 4 with a finite value and a hysteresis ≥ 0</source>
        <translation>しきい値のレベル %1：レベルは 1～4、値は有限、ヒステリシスは 0 以上にしてください</translation>
    </message>
    <message>
        <source>thresholds must rise with their level</source>
        <translation>しきい値はレベルが上がるほど大きくしてください</translation>
    </message>
    <message>
        <source>no twin is open</source>
        <translation>ツインが開かれていません</translation>
    </message>
    <message>
        <source>a broker needs a host, a port 1–65535 and at least one topic</source>
        <translation>ブローカーにはホスト、1～65535 のポート、1 つ以上のトピックが必要です</translation>
    </message>
    <message>
        <source>no sensor %1</source>
        <translation>センサー %1 はありません</translation>
    </message>
    <message>
        <source>sensor %1 is not an energy meter in kWh (kind %2, unit %3)</source>
        <translation>センサー %1 は kWh の電力量計ではありません（種類 %2、単位 %3）</translation>
    </message>
    <message>
        <source>facility: a name is needed</source>
        <translation>施設: 名前が必要です</translation>
    </message>
    <message>
        <source>facility kind &quot;%1&quot; is not one of %2</source>
        <translation>施設の種類「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>the twin has no energy settings</source>
        <translation>このツインにはエネルギー設定がありません</translation>
    </message>
    <message>
        <source>emission factor: %1 kg-CO₂/kWh is outside 0 to 2</source>
        <translation>排出係数: %1 kg-CO₂/kWh は 0 から 2 の範囲外です</translation>
    </message>
    <message>
        <source>emission factor source: say where the value comes from</source>
        <translation>排出係数の出典: 値の出どころを記入してください</translation>
    </message>
    <message>
        <source>baseline: both days are needed (yyyy-MM-dd)</source>
        <translation>基準期間: 両方の日付が必要です（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>baseline: %1 is before %2</source>
        <translation>基準期間: %1 は %2 より前です</translation>
    </message>
    <message>
        <source>target: a reduction of %1 % is not between 0 and 100</source>
        <translation>目標: 削減率 %1 % は 0 から 100 の間ではありません</translation>
    </message>
    <message>
        <source>energy report: the days must be valid and in order</source>
        <translation>エネルギー集計: 日付は有効で順序どおりでなければなりません</translation>
    </message>
    <message>
        <source>the thresholds of a sensor must all be rising or all falling</source>
        <translation>センサーのしきい値はすべて上昇型か、すべて下降型でなければなりません</translation>
    </message>
    <message>
        <source>thresholds must be listed by rising level</source>
        <translation>しきい値はレベルの昇順に並べてください</translation>
    </message>
    <message>
        <source>falling thresholds must fall with their level</source>
        <translation>下降型のしきい値はレベルが上がるほど低い値でなければなりません</translation>
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
混雑度：%3
電源：%4
対応災害：%5</translation>
    </message>
    <message>
        <source>no hazard designation</source>
        <translation>災害種別の指定なし</translation>
    </message>
    <message>
        <source>Short of: %1</source>
        <translation>不足：%1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>定員超過</translation>
    </message>
    <message>
        <source>no power</source>
        <translation>停電</translation>
    </message>
    <message>
        <source>short of: %1</source>
        <translation>不足：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s), waiting %1 min</source>
        <translation>
            <numerusform>新規要請 %n 件、%1 分待ち</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>対応中の要請 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShelterDetail</name>
    <message>
        <source>%1 — not allowed: %2</source>
        <translation>%1 — 権限がありません：%2</translation>
    </message>
    <message>
        <source>your role may not do this</source>
        <translation>あなたの役割ではこの操作はできません</translation>
    </message>
    <message>
        <source>Close a shelter with evacuees inside?</source>
        <translation>避難者がいる避難所を閉鎖しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n evacuee(s) are still checked in at %1. Closing stops new admissions; the shelter can only become closed once everybody has been checked out. Continue?</source>
        <translation>
            <numerusform>%1 にはまだ避難者 %n 人が入所しています。閉鎖準備に入ると新たな受け入れを停止し、全員が退所した時点で閉鎖できます。続行しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>一覧に戻る</translation>
    </message>
    <message>
        <source>Designated for: %1</source>
        <translation>指定災害：%1</translation>
    </message>
    <message>
        <source>no hazard</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Last change %1 by %2</source>
        <translation>最終変更 %1（%2）</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>開設状況</translation>
    </message>
    <message>
        <source>closed → opening → open ⇄ full; opening, open or full → closing → closed (only when nobody is inside)</source>
        <translation>閉鎖 → 開設準備中 → 開設中 ⇄ 満員；開設準備中・開設中・満員 → 閉鎖準備中 → 閉鎖（在所者がいない場合のみ）</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Change the status to %1</source>
        <translation>状態を %1 に変更します</translation>
    </message>
    <message>
        <source>No further step.</source>
        <translation>これ以上の段階はありません。</translation>
    </message>
    <message>
        <source>Evacuees</source>
        <translation>避難者</translation>
    </message>
    <message>
        <source>Check-ins and check-outs change the head count; going over capacity is allowed and flagged</source>
        <translation>入所・退所で在所者数が変わります。定員超過も可能ですが、警告表示されます</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %) — %4</source>
        <translation>%1 / %2（%3 %）— %4</translation>
    </message>
    <message>
        <source>%1 inside (capacity unknown)</source>
        <translation>在所 %1 人（定員不明）</translation>
    </message>
    <message>
        <source>Number of persons to check in or out</source>
        <translation>入所・退所する人数</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>入所</translation>
    </message>
    <message>
        <source>Add these persons to the head count</source>
        <translation>この人数を在所者数に加えます</translation>
    </message>
    <message>
        <source>Only an opening, open or full shelter admits evacuees</source>
        <translation>避難者を受け入れられるのは開設準備中・開設中・満員の避難所だけです</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>退所</translation>
    </message>
    <message>
        <source>Remove these persons from the head count (never below zero)</source>
        <translation>この人数を在所者数から減らします（0 未満にはなりません）</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Estimated load = 5 kW base + 0.1 kW per person + the medical devices (coefficients in the twin&apos;s shelter_load_model and shelter_medical_need)</source>
        <translation>推定負荷 = 基本 5 kW + 1 人あたり 0.1 kW + 医療機器（係数はツインの shelter_load_model と shelter_medical_need）</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>給電元</translation>
    </message>
    <message>
        <source>Where the shelter&apos;s electricity comes from now</source>
        <translation>避難所の現在の電力の供給元</translation>
    </message>
    <message>
        <source>Load %1 kW</source>
        <translation>負荷 %1 kW</translation>
    </message>
    <message>
        <source>Outage h</source>
        <translation>停電時間</translation>
    </message>
    <message>
        <source>Hours of outage the shelter must bridge (HQ&apos;s estimate, default 72); the hydrogen power dispatch plans with it</source>
        <translation>避難所がしのぐ必要のある停電時間（本部の推定、既定 72）。水素バスの給電計画はこの値を使います</translation>
    </message>
    <message>
        <source>Stockpiles</source>
        <translation>備蓄</translation>
    </message>
    <message>
        <source>Days of supply = quantity ÷ (daily use per person × persons inside); a shortage below one day, low below three</source>
        <translation>充足日数 = 数量 ÷（1 人 1 日あたりの使用量 × 在所者数）。1 日未満は不足、3 日未満は残少</translation>
    </message>
    <message>
        <source>Counted quantity; press Enter to record it</source>
        <translation>数えた数量。Enter キーで記録します</translation>
    </message>
    <message>
        <source>no use</source>
        <translation>使用なし</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 日分</translation>
    </message>
    <message>
        <source>need %1</source>
        <translation>必要量 %1</translation>
    </message>
    <message>
        <source>Continued medical care</source>
        <translation>継続的な医療的ケア</translation>
    </message>
    <message>
        <source>Numbers of evacuees needing each kind of care (counts only, no names); they add to the power load</source>
        <translation>ケアの種類ごとの避難者数（人数のみ、氏名なし）。電力負荷に加算されます</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all</source>
        <translation>
            <numerusform>合計 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons needing %1</source>
        <translation>%1 が必要な人数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Requests to HQ: requested → acknowledged → dispatched → delivered, or declined with a reason</source>
        <translation>本部への要請：要請中 → 確認済み → 手配済み → 到着済み、または理由付きで却下</translation>
    </message>
    <message>
        <source>No requests from this shelter.</source>
        <translation>この避難所からの要請はありません。</translation>
    </message>
    <message>
        <source>Messages with HQ</source>
        <translation>本部とのメッセージ</translation>
    </message>
    <message>
        <source>One thread per shelter between HQ and the shelter&apos;s staff</source>
        <translation>避難所ごとに本部と避難所職員の間でスレッドが 1 つあります</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状態の履歴</translation>
    </message>
    <message>
        <source>%1  %2 → %3  (%4, %5)</source>
        <translation>%1  %2 → %3  （%4、%5）</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>変更の記録はありません。</translation>
    </message>
</context>
<context>
    <name>ShelterList</name>
    <message>
        <source>Search name, address or id</source>
        <translation>名称・住所・ID で検索</translation>
    </message>
    <message>
        <source>Show only shelters whose Japanese or English name, address or source id contains this text</source>
        <translation>日本語名・英語名・住所・元データの ID にこの文字列を含む避難所だけを表示します</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Filter by status, congestion, power and hazard suitability</source>
        <translation>状態・混雑度・電源・対応災害で絞り込みます</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>operating (not closed)</source>
        <translation>運営中（閉鎖以外）</translation>
    </message>
    <message>
        <source>Only shelters in this state of their lifecycle</source>
        <translation>この開設状況の避難所だけを表示します</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>混雑度</translation>
    </message>
    <message>
        <source>60 % and more</source>
        <translation>60 % 以上</translation>
    </message>
    <message>
        <source>Occupancy of capacity: under 30 %, 30–60 %, 60–80 %, 80 % and more (a boundary belongs to the higher level)</source>
        <translation>定員に対する収容率：30 % 未満、30～60 %、60～80 %、80 % 以上（境界値は上の段階に含む）</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Where the shelter&apos;s electricity comes from now</source>
        <translation>避難所の現在の電力の供給元</translation>
    </message>
    <message>
        <source>Suitable for</source>
        <translation>対応災害</translation>
    </message>
    <message>
        <source>any hazard</source>
        <translation>すべての災害</translation>
    </message>
    <message>
        <source>Only shelters designated for this hazard (e.g. a flood-unsuitable shelter is hidden for flood)</source>
        <translation>この災害に指定された避難所だけを表示します（例：洪水を選ぶと洪水に不適な避難所は非表示）</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>要対応のみ</translation>
    </message>
    <message>
        <source>Unacknowledged requests, supply shortages, no power or over capacity</source>
        <translation>未確認の要請、物資不足、停電、定員超過</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>most urgent first</source>
        <translation>緊急度順</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>congestion</source>
        <translation>混雑度</translation>
    </message>
    <message>
        <source>evacuees</source>
        <translation>避難者数</translation>
    </message>
    <message>
        <source>free places</source>
        <translation>空き人数</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>未完了の要請</translation>
    </message>
    <message>
        <source>power load</source>
        <translation>電力負荷</translation>
    </message>
    <message>
        <source>Most urgent first: shelters with unacknowledged requests (longest waiting on top), then shortages, no power or overcrowding, then by congestion</source>
        <translation>緊急度順：未確認の要請がある避難所（待ち時間の長い順）、次に物資不足・停電・過密、その後は混雑度の順</translation>
    </message>
    <message>
        <source>Ascending; click for descending</source>
        <translation>昇順。クリックで降順</translation>
    </message>
    <message>
        <source>Descending; click for ascending</source>
        <translation>降順。クリックで昇順</translation>
    </message>
    <message>
        <source>%1 of %2 shelters</source>
        <translation>避難所 %2 か所中 %1 か所</translation>
    </message>
</context>
<context>
    <name>ShelterReport</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>The shelters cannot be read: %1</source>
        <translation>避難所を読み込めません：%1</translation>
    </message>
    <message>
        <source>The twin has no shelters.</source>
        <translation>ツインに避難所がありません。</translation>
    </message>
    <message>
        <source>Open shelters (open or full)</source>
        <translation>開設中の避難所（開設中・満員）</translation>
    </message>
    <message>
        <source>Operating shelters (opening to closing)</source>
        <translation>運営中の避難所（開設準備中～閉鎖準備中）</translation>
    </message>
    <message>
        <source>Evacuees in shelters</source>
        <translation>避難所の避難者数</translation>
    </message>
    <message>
        <source>Capacity of admitting shelters</source>
        <translation>受け入れ中の避難所の定員</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>空き人数</translation>
    </message>
    <message>
        <source>Shelters over capacity</source>
        <translation>定員超過の避難所</translation>
    </message>
    <message>
        <source>Operating shelters without power</source>
        <translation>停電中の運営中避難所</translation>
    </message>
    <message>
        <source>Operating shelters with a supply shortage</source>
        <translation>物資不足の運営中避難所</translation>
    </message>
    <message>
        <source>Evacuees needing continued medical care</source>
        <translation>継続的な医療的ケアが必要な避難者</translation>
    </message>
    <message>
        <source>Estimated electrical load</source>
        <translation>推定電力負荷</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未完了の要請</translation>
    </message>
    <message>
        <source>Requests not yet acknowledged</source>
        <translation>未確認の要請</translation>
    </message>
    <message>
        <source>Status, occupancy and requests are as of the time of the report; stock, power and medical counts have changed since and are shown as they are now.</source>
        <translation>状態・在所者数・要請は報告書の対象時点のものです。備蓄・電源・医療的ケアの人数はその後変化している可能性があり、現在の値を示しています。</translation>
    </message>
    <message>
        <source>Operating shelters</source>
        <translation>運営中の避難所</translation>
    </message>
    <message>
        <source>No shelter was operating at the time of the report.</source>
        <translation>報告書の対象時点で運営中の避難所はありませんでした。</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Inside / capacity</source>
        <translation>在所者数 / 定員</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>混雑度</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>医療的ケア</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>定員なし</translation>
    </message>
    <message>
        <source> (over capacity)</source>
        <translation>（定員超過）</translation>
    </message>
    <message>
        <source>%1 (%2 unacknowledged)</source>
        <translation>%1（未確認 %2）</translation>
    </message>
    <message>
        <source>Most urgent first: unacknowledged requests, then shortages, power and overcrowding, then congestion.</source>
        <translation>緊急度順：未確認の要請、次に物資不足・電源・過密、その後は混雑度の順。</translation>
    </message>
    <message>
        <source>Open requests from shelters</source>
        <translation>避難所からの未完了の要請</translation>
    </message>
    <message>
        <source>The requests cannot be read: %1</source>
        <translation>要請を読み込めません：%1</translation>
    </message>
    <message>
        <source>No request was open at the time of the report.</source>
        <translation>報告書の対象時点で未完了の要請はありませんでした。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要請内容</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>要請日時</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Requests not yet acknowledged come first, the longest waiting on top.</source>
        <translation>未確認の要請を先頭に、待ち時間の長い順に並べています。</translation>
    </message>
    <message>
        <source>No shelter data yet: the shelters plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</source>
        <translation>避難所のデータはまだありません。避難所プラグインのテーブルは、ツインを初めて書き込み可能で開いたとき（コンソール、または書き込みを行う citytwin-cli コマンドで）に作成されます。</translation>
    </message>
</context>
<context>
    <name>Shelters</name>
    <message>
        <source>low (under 30 %)</source>
        <translation>低（30 % 未満）</translation>
    </message>
    <message>
        <source>moderate (30–60 %)</source>
        <translation>中（30～60 %）</translation>
    </message>
    <message>
        <source>high (60–80 %)</source>
        <translation>高（60～80 %）</translation>
    </message>
    <message>
        <source>critical (80 % and more)</source>
        <translation>逼迫（80 % 以上）</translation>
    </message>
    <message>
        <source>flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <source>landslide</source>
        <translation>土砂災害</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <source>large fire</source>
        <translation>大規模な火事</translation>
    </message>
    <message>
        <source>inland flooding</source>
        <translation>内水氾濫</translation>
    </message>
    <message>
        <source>dialysis</source>
        <translation>人工透析</translation>
    </message>
    <message>
        <source>home oxygen</source>
        <translation>在宅酸素療法</translation>
    </message>
    <message>
        <source>insulin</source>
        <translation>インスリン</translation>
    </message>
    <message>
        <source>ventilator</source>
        <translation>人工呼吸器</translation>
    </message>
    <message>
        <source>suction</source>
        <translation>吸引</translation>
    </message>
    <message>
        <source>tube feeding</source>
        <translation>経管栄養</translation>
    </message>
    <message>
        <source>other continued care</source>
        <translation>その他の継続的ケア</translation>
    </message>
    <message>
        <source>a message cannot be empty</source>
        <translation>メッセージを空にはできません</translation>
    </message>
    <message>
        <source>a message is at most %1 characters (this one has %2)</source>
        <translation>メッセージは %1 文字までです（このメッセージは %2 文字）</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>商用電源</translation>
    </message>
    <message>
        <source>no power</source>
        <translation>停電</translation>
    </message>
    <message>
        <source>fuel-cell bus</source>
        <translation>燃料電池バス</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>発電機</translation>
    </message>
    <message>
        <source>no request with id %1</source>
        <translation>ID %1 の要請はありません</translation>
    </message>
    <message>
        <source>a request needs an item or a description</source>
        <translation>要請には品目または説明が必要です</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters</source>
        <translation>説明が %1 文字を超えています</translation>
    </message>
    <message>
        <source>only a supplies request names a stock item</source>
        <translation>備蓄品目を指定できるのは物資の要請だけです</translation>
    </message>
    <message>
        <source>unknown stock item &quot;%1&quot;</source>
        <translation>不明な備蓄品目 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a requested quantity must be above zero</source>
        <translation>要請する数量は 0 より大きくしてください</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>メモが %1 文字を超えています</translation>
    </message>
    <message>
        <source>the request is already %1</source>
        <translation>要請は既に %1 です</translation>
    </message>
    <message>
        <source>a request cannot go from %1 to %2</source>
        <translation>要請を %1 から %2 に変更することはできません</translation>
    </message>
    <message>
        <source>declining a request needs a reason</source>
        <translation>要請を却下するには理由が必要です</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>要請中</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>手配済み</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>到着済み</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>物資</translation>
    </message>
    <message>
        <source>power</source>
        <translation>電力</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>医療</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>the twin lacks the shelters table %1 (%2)</source>
        <translation>ツインに避難所のテーブル %1 がありません（%2）</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
    <message>
        <source>The twin is open read-only.</source>
        <translation>ツインは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>Select a shelter first.</source>
        <translation>先に避難所を選択してください。</translation>
    </message>
    <message>
        <source>unknown shelter status &quot;%1&quot;</source>
        <translation>不明な避難所の状態 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Shelter is now %1.</source>
        <translation>避難所を %1 にしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked in.</source>
        <translation>
            <numerusform>%n 人が入所しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked out.</source>
        <translation>
            <numerusform>%n 人が退所しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock updated.</source>
        <translation>備蓄を更新しました。</translation>
    </message>
    <message>
        <source>unknown power source &quot;%1&quot;</source>
        <translation>不明な電源 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Power status updated.</source>
        <translation>電源の状態を更新しました。</translation>
    </message>
    <message>
        <source>Expected outage updated.</source>
        <translation>想定停電時間を更新しました。</translation>
    </message>
    <message>
        <source>Medical count updated.</source>
        <translation>医療的ケアの人数を更新しました。</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>メッセージを送信しました。</translation>
    </message>
    <message>
        <source>unknown request kind &quot;%1&quot;</source>
        <translation>不明な要請の種類 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Request sent to HQ.</source>
        <translation>本部に要請を送信しました。</translation>
    </message>
    <message>
        <source>Request acknowledged.</source>
        <translation>要請を確認しました。</translation>
    </message>
    <message>
        <source>Request dispatched.</source>
        <translation>要請を手配しました。</translation>
    </message>
    <message>
        <source>Delivery confirmed.</source>
        <translation>到着を確認しました。</translation>
    </message>
    <message>
        <source>Request declined.</source>
        <translation>要請を却下しました。</translation>
    </message>
    <message>
        <source>the shelter is already %1</source>
        <translation>避難所は既に %1 です</translation>
    </message>
    <message>
        <source>a shelter cannot go from %1 to %2</source>
        <translation>避難所を %1 から %2 に変更することはできません</translation>
    </message>
    <message numerus="yes">
        <source>%n evacuee(s) still inside: check them out before closing</source>
        <translation>
            <numerusform>避難者 %n 人がまだ在所しています。閉鎖する前に退所させてください</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉鎖</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>開設準備中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開設中</translation>
    </message>
    <message>
        <source>full</source>
        <translation>満員</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>閉鎖準備中</translation>
    </message>
    <message>
        <source>unknown key (expected: twin_state)</source>
        <translation>不明なキー（想定：twin_state）</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>the twin has no shelters layer</source>
        <translation>ツインに shelters レイヤーがありません</translation>
    </message>
    <message>
        <source>no shelter with fid %1</source>
        <translation>fid %1 の避難所はありません</translation>
    </message>
    <message>
        <source>check in between 1 and %1 persons, not %2</source>
        <translation>入所人数は 1～%1 人で指定してください（%2 は不可）</translation>
    </message>
    <message>
        <source>check out between 1 and %1 persons, not %2</source>
        <translation>退所人数は 1～%1 人で指定してください（%2 は不可）</translation>
    </message>
    <message>
        <source>a %1 shelter admits nobody</source>
        <translation>%1 の避難所は受け入れできません</translation>
    </message>
    <message>
        <source>cannot check out %1: only %2 inside</source>
        <translation>%1 人は退所できません：在所者は %2 人だけです</translation>
    </message>
    <message>
        <source>occupancy out of range</source>
        <translation>在所者数が範囲外です</translation>
    </message>
    <message>
        <source>unknown stock item &quot;%1&quot; (known: %2)</source>
        <translation>不明な備蓄品目 &quot;%1&quot;（有効な品目：%2）</translation>
    </message>
    <message>
        <source>the quantity must be a number</source>
        <translation>数量は数値で指定してください</translation>
    </message>
    <message>
        <source>%1: using %2 leaves less than nothing (%3 in stock)</source>
        <translation>%1：%2 を使うと在庫がマイナスになります（在庫 %3）</translation>
    </message>
    <message>
        <source>%1: a stock cannot be negative (%2)</source>
        <translation>%1：在庫を負の値にはできません（%2）</translation>
    </message>
    <message>
        <source>expected outage must be 0 to 744 hours, not %1</source>
        <translation>想定停電時間は 0～744 時間で指定してください（%1 は不可）</translation>
    </message>
    <message>
        <source>unknown medical need &quot;%1&quot; (known: %2)</source>
        <translation>不明な医療的ケア &quot;%1&quot;（有効な値：%2）</translation>
    </message>
    <message>
        <source>%1: a count of persons must be 0 to %2, not %3</source>
        <translation>%1：人数は 0～%2 で指定してください（%3 は不可）</translation>
    </message>
    <message>
        <source>drinking water</source>
        <translation>飲料水</translation>
    </message>
    <message>
        <source>food</source>
        <translation>食料</translation>
    </message>
    <message>
        <source>blankets</source>
        <translation>毛布</translation>
    </message>
    <message>
        <source>medical kits</source>
        <translation>救急セット</translation>
    </message>
    <message>
        <source>diapers</source>
        <translation>おむつ</translation>
    </message>
    <message>
        <source>emergency toilet bags</source>
        <translation>携帯トイレ</translation>
    </message>
    <message>
        <source>baby formula</source>
        <translation>粉ミルク</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>食</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>枚</translation>
    </message>
    <message>
        <source>kits</source>
        <translation>セット</translation>
    </message>
    <message>
        <source>bags</source>
        <translation>袋</translation>
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
        <translation>管理者を作成</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>%1 has no operators yet. Create its administrator, who then adds the other operators with their roles.</source>
        <translation>%1 にはまだ担当者がいません。管理者を作成してください。管理者がほかの担当者を役割とともに追加します。</translation>
    </message>
    <message>
        <source>Sign in to %1 with your operator account.</source>
        <translation>担当者アカウントで %1 にサインインしてください。</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例：admin</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>shown in the status bar (optional)</source>
        <translation>ステータスバーに表示（任意）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n 文字以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>View only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>Look at the twin without signing in; nothing can be changed (Esc)</source>
        <translation>サインインせずにツインを閲覧します。変更はできません (Esc)</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>作成してサインイン</translation>
    </message>
    <message>
        <source>Create the administrator account and sign in as it (Enter)</source>
        <translation>管理者アカウントを作成し、そのアカウントでサインインします (Enter)</translation>
    </message>
    <message>
        <source>Sign in with this account (Enter)</source>
        <translation>このアカウントでサインインします (Enter)</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>no database connection</source>
        <translation>データベース接続がありません</translation>
    </message>
    <message>
        <source>no SQL statement</source>
        <translation>SQL 文がありません</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>パラメーター %1: %2</translation>
    </message>
    <message>
        <source>no parameter named %1</source>
        <translation>%1 という名前のパラメーターはありません</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Viewer (not signed in)</source>
        <translation>閲覧者（未サインイン）</translation>
    </message>
    <message>
        <source>Signed in as %1, responsible for %2</source>
        <translation>%1 としてサインイン中（担当：%2）</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>Nobody is signed in: the twin can be looked at, not changed</source>
        <translation>サインインしていません：ツインの閲覧のみ可能で、変更はできません</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>End this operator&apos;s session (Ctrl+Shift+O)</source>
        <translation>この担当者のセッションを終了します (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Sign in with an operator account (Ctrl+Shift+I)</source>
        <translation>担当者アカウントでサインインします (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>%1
(Click to dismiss.)</source>
        <translation>%1
（クリックで閉じます）</translation>
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
    <message>
        <source>%1 may not %2</source>
        <translation>%1 には %2 の権限がありません</translation>
    </message>
    <message>
        <source>%1 may not %2 (%3)</source>
        <translation>%1 には %2 の権限がありません（%3）</translation>
    </message>
    <message>
        <source>cannot read the permissions</source>
        <translation>権限を読み込めません</translation>
    </message>
</context>
<context>
    <name>SupermarketEta</name>
    <message>
        <source>Departed</source>
        <translation>出発済み</translation>
    </message>
    <message>
        <source>Here until %1</source>
        <translation>%1まで営業中</translation>
    </message>
    <message>
        <source>Arrival time unknown</source>
        <translation>到着時刻不明</translation>
    </message>
    <message>
        <source>Arriving at %1 (%2 min late)</source>
        <translation>%1到着予定（%2分遅れ）</translation>
    </message>
    <message>
        <source>Arriving at %1</source>
        <translation>%1到着予定</translation>
    </message>
</context>
<context>
    <name>SupermarketEtaModel</name>
    <message>
        <source>%1 has no stops planned</source>
        <translation>%1 には停留所が計画されていません</translation>
    </message>
    <message>
        <source>%1 has not reported a position</source>
        <translation>%1 はまだ位置を報告していません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The round is done for today</source>
        <translation>本日の巡回は終了しました</translation>
    </message>
</context>
<context>
    <name>SupermarketRound</name>
    <message>
        <source>stop sequences must rise</source>
        <translation>停留所の順番は昇順にしてください</translation>
    </message>
    <message>
        <source>the scheduled arrival is before the previous stop&apos;s</source>
        <translation>到着予定時刻が前の停留所より早くなっています</translation>
    </message>
    <message>
        <source>arrival, dwell and position must be valid</source>
        <translation>到着時刻・停車時間・位置が正しくありません</translation>
    </message>
    <message>
        <source>a round needs at least one stop</source>
        <translation>巡回には少なくとも1つの停留所が必要です</translation>
    </message>
    <message>
        <source>stop %1 has no name</source>
        <translation>停留所%1に名前がありません</translation>
    </message>
    <message>
        <source>stop %1: the dwell must not be negative</source>
        <translation>停留所%1：滞在時間は負にできません</translation>
    </message>
    <message>
        <source>stop %1: the arrival must be a time of day</source>
        <translation>停留所%1：到着は時刻で指定してください</translation>
    </message>
    <message>
        <source>stop %1 has no position</source>
        <translation>停留所%1に位置がありません</translation>
    </message>
    <message>
        <source>stop %1 is due at %2, before stop %3 is left at %4: times out of order</source>
        <translation>停留所%1の予定%2は、停留所%3の出発%4より前です：時刻の順序が正しくありません</translation>
    </message>
    <message>
        <source>%1 is not a mobile supermarket of the fleet</source>
        <translation>%1は移動スーパーの車両ではありません</translation>
    </message>
</context>
<context>
    <name>SupermarketRoundEditor</name>
    <message>
        <source>Bus stop %1</source>
        <translation>停留所%1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>停車地%1</translation>
    </message>
    <message>
        <source>choose a mobile supermarket first</source>
        <translation>先に移動スーパーを選んでください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 14:30</source>
        <translation>「%1」は14:30のような時刻ではありません</translation>
    </message>
    <message numerus="yes">
        <source>Round of %1 saved: %n stop(s).</source>
        <translation>
            <numerusform>%1の巡回を保存しました：%n停留所。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>TimeTable</name>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>%1 %2:00 — %3 alerts</source>
        <translation>%1 %2:00 — %3 件</translation>
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
    <message>
        <source>Sign in with a role that may record runs (planner, HQ commander, administrator)</source>
        <translation>実行結果を記録できる役割（計画担当、本部指揮者、管理者）でサインインしてください</translation>
    </message>
</context>
<context>
    <name>TotalsGrid</name>
    <message>
        <source>Open shelters</source>
        <translation>開設中の避難所</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Shelters open or full; %1 operating in all (opening to closing)</source>
        <translation>開設中または満員の避難所。運営中は全体で %1 か所（開設準備中～閉鎖準備中）</translation>
    </message>
    <message>
        <source>Evacuees</source>
        <translation>避難者</translation>
    </message>
    <message>
        <source>%1 need care</source>
        <translation>要ケア %1 人</translation>
    </message>
    <message>
        <source>Persons checked in at all shelters, and how many of them need continued medical care</source>
        <translation>全避難所の在所者数と、そのうち継続的な医療的ケアが必要な人数</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>空き人数</translation>
    </message>
    <message numerus="yes">
        <source>Room left in the shelters admitting evacuees; %n shelter(s) over capacity</source>
        <translation>
            <numerusform>受け入れ中の避難所の空き人数。定員超過の避難所 %n か所</numerusform>
        </translation>
    </message>
    <message>
        <source>Room left in the shelters admitting evacuees (opening, open, full), of their capacity</source>
        <translation>受け入れ中の避難所（開設準備中・開設中・満員）の空き人数と定員</translation>
    </message>
    <message>
        <source>No power</source>
        <translation>停電</translation>
    </message>
    <message>
        <source>%1 kW load</source>
        <translation>負荷 %1 kW</translation>
    </message>
    <message>
        <source>Operating shelters without electricity; the estimated load of all operating shelters</source>
        <translation>電気が使えない運営中の避難所の数と、運営中の全避難所の推定負荷</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>物資不足</translation>
    </message>
    <message>
        <source>Operating shelters where a supply lasts less than a day, or does not cover everyone inside</source>
        <translation>物資が 1 日分未満、または在所者全員に行き渡らない運営中の避難所</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未完了の要請</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>新規 %1</translation>
    </message>
    <message>
        <source>Requests not yet delivered or declined; new ones are not acknowledged yet. Click to see them.</source>
        <translation>到着・却下のいずれにもなっていない要請。新規は未確認のものです。クリックで表示します。</translation>
    </message>
</context>
<context>
    <name>TriageState</name>
    <message>
        <source>New</source>
        <extracomment>Japanese: 新規</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>Japanese: 確認済み</extracomment>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Japanese: 対応割当済み</extracomment>
        <translation>割当済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Japanese: 対応完了</extracomment>
        <translation>対応完了</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>Japanese: 重複</extracomment>
        <translation>重複</translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 席</translation>
    </message>
    <message>
        <source>goods only</source>
        <translation>貨物のみ</translation>
    </message>
    <message>
        <source>, %1 wheelchair places</source>
        <translation>、車いすスペース %1</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>乗車人数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <source>Speed profile</source>
        <translation>速度プロファイル</translation>
    </message>
    <message>
        <source>, cruise %1 km/h, top %2 km/h</source>
        <translation>、巡航 %1 km/h・最高 %2 km/h</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>進行方向</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最終報告</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>軌跡</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) recorded</source>
        <translation>
            <numerusform>%n 地点を記録</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleKinds</name>
    <message>
        <source>On-demand bus</source>
        <translation>デマンドバス</translation>
    </message>
    <message>
        <source>Community bus</source>
        <translation>コミュニティバス</translation>
    </message>
    <message>
        <source>Autonomous shuttle</source>
        <translation>自動運転シャトル</translation>
    </message>
    <message>
        <source>Personal mobility</source>
        <translation>パーソナルモビリティ</translation>
    </message>
    <message>
        <source>Delivery robot</source>
        <translation>配送ロボット</translation>
    </message>
    <message>
        <source>Drone</source>
        <translation>ドローン</translation>
    </message>
    <message>
        <source>Mobile supermarket</source>
        <translation>移動スーパー</translation>
    </message>
    <message>
        <source>On-demand buses</source>
        <translation>デマンドバス</translation>
    </message>
    <message>
        <source>Community buses</source>
        <translation>コミュニティバス</translation>
    </message>
    <message>
        <source>Autonomous shuttles</source>
        <translation>自動運転シャトル</translation>
    </message>
    <message>
        <source>Delivery robots</source>
        <translation>配送ロボット</translation>
    </message>
    <message>
        <source>Drones</source>
        <translation>ドローン</translation>
    </message>
    <message>
        <source>Mobile supermarkets</source>
        <translation>移動スーパー</translation>
    </message>
    <message>
        <source>No vehicle data yet</source>
        <translation>車両データはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s), %1 on the move</source>
        <translation>
            <numerusform>%n 台（うち移動中 %1 台）</numerusform>
        </translation>
    </message>
    <message>
        <source>energy below 20 %</source>
        <translation>エネルギー残量 20 % 未満</translation>
    </message>
    <message>
        <source>Select a vehicle in the fleets panel</source>
        <translation>フリートパネルで車両を選択してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s)</source>
        <translation>
            <numerusform>%1：%n 地点</numerusform>
        </translation>
    </message>
    <message>
        <source>newest position</source>
        <translation>最新の位置</translation>
    </message>
    <message>
        <source>Check a drone flight or a robot delivery on the Live page</source>
        <translation>「ライブ」タブでドローンの飛行または配送ロボットを確認してください</translation>
    </message>
    <message>
        <source>Planned drone flight</source>
        <translation>ドローンの計画飛行経路</translation>
    </message>
    <message>
        <source>Planned robot way</source>
        <translation>配送ロボットの計画経路</translation>
    </message>
    <message>
        <source>%1: %2 km</source>
        <translation>%1: %2 km</translation>
    </message>
    <message numerus="yes">
        <source>Recorded run at %1: %n vehicle(s)</source>
        <translation>
            <numerusform>記録済みの実行 %1 時点：%n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Search id or name</source>
        <translation>IDまたは名前で検索</translation>
    </message>
    <message>
        <source>%1 of %2 vehicles</source>
        <translation>%2 台中 %1 台</translation>
    </message>
    <message>
        <source>%1/%2 on board</source>
        <translation>乗車 %1/%2</translation>
    </message>
    <message>
        <source>Vehicles from</source>
        <translation>車両の表示元</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Recorded run: %1</source>
        <translation>記録済みの実行：%1</translation>
    </message>
    <message>
        <source>The list and the map&apos;s vehicle layers show the vehicles of a recorded simulation run, at the timeline&apos;s time while it replays that run (else at the run&apos;s end). Simulated vehicles cannot be dispatched; nothing of the run is written to the fleet.</source>
        <translation>一覧と地図の車両レイヤーに、記録済みシミュレーション実行の車両を表示します（タイムラインがその実行を再生中はその時刻、それ以外は実行の終了時点）。シミュレーションの車両は配車できず、実行の内容が車両台帳に書き込まれることはありません。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the twin has no GTFS timetable (%1)</source>
        <translation>ツインに GTFS 時刻表がありません（%1）</translation>
    </message>
    <message>
        <source>the stops of %1 changed meanwhile; look again</source>
        <translation>その間に%1の停車が変更されました。もう一度確認してください</translation>
    </message>
</context>
<context>
    <name>ct::assets::AssetPlanController</name>
    <message>
        <source>Unknown asset type &quot;%1&quot;.</source>
        <translation>不明な資産種別「%1」です。</translation>
    </message>
    <message>
        <source>This twin has no asset inventory.</source>
        <translation>このツインには資産台帳がありません。</translation>
    </message>
    <message>
        <source>Deterioration model saved.</source>
        <translation>劣化モデルを保存しました。</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
    <message>
        <source>The twin is open read-only.</source>
        <translation>ツインは読み取り専用で開かれています。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) derived from the twin&apos;s roads.</source>
        <translation>
            <numerusform>ツインの道路から資産 %n 件を作成しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) over %1 years; %2 million yen of %3 spent</source>
        <translation>
            <numerusform>%1 年間で %n 件の対策、%3 百万円のうち %2 百万円を使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the planner first.</source>
        <translation>先に計画を作成してください。</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>計画 %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>ct::damage::DamageController</name>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
    <message>
        <source>longitude and latitude must be numbers</source>
        <translation>経度と緯度は数値で指定してください</translation>
    </message>
    <message>
        <source>pick the place on the map or give its coordinates</source>
        <translation>地図で場所を指定するか、座標を入力してください</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>%1 has %2 MiB; at most %3 MiB are accepted</source>
        <translation>%1 のサイズが %2 MiB です。受け付けるのは %3 MiB までです</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>ct::damage::DamageRegistry</name>
    <message>
        <source>a position needs a longitude within ±180° and a latitude within ±90°</source>
        <translation>位置には ±180° 以内の経度と ±90° 以内の緯度が必要です</translation>
    </message>
    <message>
        <source>the position cannot be transformed to EPSG:6677</source>
        <translation>位置を EPSG:6677 に変換できません</translation>
    </message>
    <message>
        <source>the position cannot be transformed to WGS84</source>
        <translation>位置を WGS84 に変換できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (expected one of %2)</source>
        <translation>&quot;%1&quot; は種別ではありません（%2 のいずれかを指定）</translation>
    </message>
    <message>
        <source>must be 1 to 5, not %1</source>
        <translation>1～5 で指定してください（%1 は不可）</translation>
    </message>
    <message>
        <source>the description has %1 characters; at most %2 are accepted</source>
        <translation>説明が %1 文字あります。受け付けるのは %2 文字までです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of reporter (expected staff, resident or other)</source>
        <translation>&quot;%1&quot; は報告者の区分ではありません（staff、resident、other のいずれか）</translation>
    </message>
    <message>
        <source>the reporter&apos;s name has %1 characters; at most %2 are accepted</source>
        <translation>報告者の氏名が %1 文字あります。受け付けるのは %2 文字までです</translation>
    </message>
    <message>
        <source>the report time %1 lies in the future</source>
        <translation>報告時刻 %1 が未来です</translation>
    </message>
    <message>
        <source>the position is not a number</source>
        <translation>位置が数値ではありません</translation>
    </message>
    <message>
        <source>the position (%1, %2) lies outside the city boundary</source>
        <translation>位置 (%1, %2) は市域外です</translation>
    </message>
    <message>
        <source>the twin has no damage reports yet (the damage plugin&apos;s schema has not been applied to it)</source>
        <translation>このツインにはまだ被害報告がありません（被害報告プラグインのスキーマが適用されていません）</translation>
    </message>
    <message>
        <source>report %1 is %2; it cannot become %3</source>
        <translation>報告 %1 は %2 のため、%3 にはできません</translation>
    </message>
    <message>
        <source>say to whom the report is assigned</source>
        <translation>報告の割当先を指定してください</translation>
    </message>
    <message>
        <source>the assignee&apos;s name has %1 characters; at most %2 are accepted</source>
        <translation>割当先の名前が %1 文字あります。受け付けるのは %2 文字までです</translation>
    </message>
    <message>
        <source>a report cannot be a duplicate of itself</source>
        <translation>報告を自分自身の重複にはできません</translation>
    </message>
    <message>
        <source>there is no damage report %1 to be a duplicate of</source>
        <translation>重複元となる被害報告 %1 はありません</translation>
    </message>
    <message>
        <source>report %1 is itself a duplicate of report %2; mark this one a duplicate of %2</source>
        <translation>報告 %1 自体が報告 %2 の重複です。この報告は %2 の重複としてください</translation>
    </message>
</context>
<context>
    <name>ct::fleets</name>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>フィールド &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 は範囲外です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time HH:MM:SS (hours may pass 24, minutes and seconds stay below 60)</source>
        <translation>&quot;%1&quot; は HH:MM:SS 形式の時刻ではありません（時は 24 以上も可、分と秒は 60 未満）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYYMMDD</source>
        <translation>&quot;%1&quot; は YYYYMMDD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>pick-up of request %1</source>
        <translation>リクエスト%1の乗車</translation>
    </message>
    <message>
        <source>drop-off of request %1</source>
        <translation>リクエスト%1の降車</translation>
    </message>
    <message>
        <source>%1 has no planned stops</source>
        <translation>%1には予定された停車がありません</translation>
    </message>
    <message>
        <source>stops are done in order: %1&apos;s next stop is the %2, not the %3</source>
        <translation>停車は順番に完了します：%1の次の停車は%2であり、%3ではありません</translation>
    </message>
    <message>
        <source>%1 has no stop %2</source>
        <translation>%1に停車%2はありません</translation>
    </message>
</context>
<context>
    <name>ct::fleets::AdherenceModel</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>定刻</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n分遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n分早着</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::fleets::DispatchController</name>
    <message>
        <source>No road network in this twin (%1): travel times are straight lines at 25 km/h × 1.3.</source>
        <translation>このツインには道路網がありません（%1）。所要時間は直線距離 × 1.3、時速25 kmで見積もります。</translation>
    </message>
    <message>
        <source>no on-demand bus in service</source>
        <translation>運行中のデマンドバスがありません</translation>
    </message>
    <message>
        <source>Request %1 accepted.</source>
        <translation>依頼 %1 を承認しました。</translation>
    </message>
    <message>
        <source>Request %1 given to %2.</source>
        <translation>依頼 %1 を %2 に割り当てました。</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>依頼 %1 を却下しました。</translation>
    </message>
    <message>
        <source>Stops re-planned: %1 min less driving.</source>
        <translation>停車順を再計画しました：走行 %1 分短縮。</translation>
    </message>
    <message>
        <source>No better plan found; the stops stay as they are.</source>
        <translation>より良い計画は見つかりませんでした。停車順はそのままです。</translation>
    </message>
    <message>
        <source>Request %1 entered.</source>
        <translation>依頼 %1 を登録しました。</translation>
    </message>
    <message>
        <source>%1 has arrived at its next stop.</source>
        <translation>%1が次の停車地に到着しました。</translation>
    </message>
    <message>
        <source>%1&apos;s stop is done.</source>
        <translation>%1の停車が完了しました。</translation>
    </message>
    <message>
        <source>No-show recorded; the ride is cancelled.</source>
        <translation>不在を記録しました。乗車はキャンセルされました。</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1 skipped: you may not re-optimise.</source>
        <translation>%1の自動再最適化を省略しました：再最適化の権限がありません。</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1 waited for the desk to be read again.</source>
        <translation>%1の自動再最適化は配車状況の再読み込みを待ちました。</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: %2</source>
        <translation>%1の自動再最適化：%2</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: no plan drives less; nothing changed.</source>
        <translation>%1の自動再最適化：走行が短くなる計画はなく、変更はありません。</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1 failed: %2</source>
        <translation>%1の自動再最適化に失敗しました：%2</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: %2 min less driving (stops re-ordered).</source>
        <translation>%1の自動再最適化：走行%2分短縮（停車順を変更）。</translation>
    </message>
    <message>
        <source>Automatic re-optimisation at %1: %2 min less driving; moved %3.</source>
        <translation>%1の自動再最適化：走行%2分短縮。移動：%3。</translation>
    </message>
</context>
<context>
    <name>ct::fleets::DispatchDesk</name>
    <message>
        <source>request %1 is not open</source>
        <translation>依頼 %1 は未処理ではありません</translation>
    </message>
    <message>
        <source>vehicle %1 is not an on-demand bus in service</source>
        <translation>車両 %1 は運行中のデマンドバスではありません</translation>
    </message>
    <message>
        <source>capacity: %1 has %2 seats, the request needs %3</source>
        <translation>定員：%1 は %2 席、依頼は %3 人です</translation>
    </message>
    <message>
        <source>capacity: %1 has no wheelchair place</source>
        <translation>定員：%1 には車いすスペースがありません</translation>
    </message>
    <message>
        <source>time window: %1 reaches the pick-up at %2 at the earliest, too late to arrive by %3</source>
        <translation>時間枠：%1 が乗車地に着くのは早くても %2 で、%3 までの到着に間に合いません</translation>
    </message>
    <message>
        <source>capacity: %1 is full along its whole planned route</source>
        <translation>定員：%1 は予定経路の全区間で満席です</translation>
    </message>
    <message>
        <source>time window: fitting the ride into %1&apos;s route would make this or another rider late</source>
        <translation>時間枠：%1 の経路に入れると、この利用者または他の利用者が遅れます</translation>
    </message>
    <message>
        <source>request %1 does not exist</source>
        <translation>依頼 %1 は存在しません</translation>
    </message>
    <message>
        <source>request %1 is no longer open (%2)</source>
        <translation>依頼 %1 はすでに処理済みです（%2）</translation>
    </message>
    <message>
        <source>no vehicle can take request %1 within its time window and seats</source>
        <translation>時間枠と定員の範囲で依頼 %1 を引き受けられる車両がありません</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>却下には理由が必要です</translation>
    </message>
    <message>
        <source>re-optimisation would leave request %1 without a vehicle; the plan stays as it is</source>
        <translation>再最適化すると依頼 %1 に車両がなくなるため、計画は変更しません</translation>
    </message>
</context>
<context>
    <name>ct::fleets::FixedRouteModelFactory</name>
    <message>
        <source>unknown key (expected: feed, date)</source>
        <translation>不明なキーです（使用できるキー: feed, date）</translation>
    </message>
    <message>
        <source>expected a date like &quot;20260610&quot;</source>
        <translation>&quot;20260610&quot; のような日付を指定してください</translation>
    </message>
    <message>
        <source>the twin has no imported GTFS feed (citytwin-cli import TWIN FEED.zip)</source>
        <translation>ツインに取り込まれた GTFS フィードがありません（citytwin-cli import TWIN FEED.zip）</translation>
    </message>
    <message>
        <source>unknown feed (the twin has: %1)</source>
        <translation>不明なフィードです（ツインにあるフィード: %1）</translation>
    </message>
    <message>
        <source>no service date: give models.fixedroute.date or the scenario&apos;s start</source>
        <translation>運行日がありません: models.fixedroute.date またはシナリオの start を指定してください</translation>
    </message>
</context>
<context>
    <name>ct::fleets::FleetController</name>
    <message>
        <source>Recorded run %1 at %2 (simulated, read-only)</source>
        <translation>記録済みの実行 %1 の %2 時点（シミュレーション、閲覧のみ）</translation>
    </message>
</context>
<context>
    <name>ct::fleets::GtfsImporter</name>
    <message>
        <source>GTFS / GTFS-JP timetable feed (zip)</source>
        <translation>GTFS / GTFS-JP 時刻表フィード（zip）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a zip archive; a GTFS feed is a .zip of .txt files</source>
        <translation>zip アーカイブではありません。GTFS フィードは .txt ファイルをまとめた .zip です</translation>
    </message>
    <message>
        <source>cannot list the zip archive</source>
        <translation>zip アーカイブの内容を一覧できません</translation>
    </message>
    <message>
        <source>the twin has no GTFS tables (the fleets plugin&apos;s schema is not applied)</source>
        <translation>ツインに GTFS のテーブルがありません（fleets プラグインのスキーマが適用されていません）</translation>
    </message>
    <message>
        <source>the feed has no %1, a required file</source>
        <translation>フィードに必須ファイル %1 がありません</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;, a required field</source>
        <translation>ヘッダーに必須フィールドの列 &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>the feed has neither calendar.txt nor calendar_dates.txt; one of them is required</source>
        <translation>フィードに calendar.txt も calendar_dates.txt もありません。どちらかが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2</source>
        <translation>&quot;%1&quot; は %2 にありません</translation>
    </message>
    <message>
        <source>agency.txt has no agency</source>
        <translation>agency.txt に事業者がありません</translation>
    </message>
    <message>
        <source>a value is required when the feed has several agencies</source>
        <translation>フィードに複数の事業者がある場合は値が必要です</translation>
    </message>
    <message>
        <source>a value is required for location_type %1</source>
        <translation>location_type %1 では値が必要です</translation>
    </message>
    <message>
        <source>calendar.txt or calendar_dates.txt</source>
        <translation>calendar.txt または calendar_dates.txt</translation>
    </message>
    <message>
        <source>%1 appears twice in trip &quot;%2&quot;</source>
        <translation>便 &quot;%2&quot; で %1 が重複しています</translation>
    </message>
    <message>
        <source>%1 is before the previous stop&apos;s time %2 in trip &quot;%3&quot;</source>
        <translation>便 &quot;%3&quot; で %1 が前の停留所の時刻 %2 より前です</translation>
    </message>
    <message>
        <source>the end is not after start_time</source>
        <translation>終了が start_time より後ではありません</translation>
    </message>
    <message>
        <source>shape &quot;%1&quot; has fewer than two points</source>
        <translation>形状 &quot;%1&quot; の点が 2 つ未満です</translation>
    </message>
    <message>
        <source>the coordinates cannot be transformed to EPSG:6677</source>
        <translation>座標を EPSG:6677 に変換できません</translation>
    </message>
    <message>
        <source>shape &quot;%1&quot; cannot be transformed to EPSG:6677</source>
        <translation>形状 &quot;%1&quot; を EPSG:6677 に変換できません</translation>
    </message>
    <message>
        <source>trip &quot;%1&quot; has only one stop</source>
        <translation>便 &quot;%1&quot; の停留所が 1 つしかありません</translation>
    </message>
    <message>
        <source>the first and the last stop of trip &quot;%1&quot; need a time</source>
        <translation>便 &quot;%1&quot; の最初と最後の停留所には時刻が必要です</translation>
    </message>
    <message>
        <source>the end is before start_date</source>
        <translation>終了が start_date より前です</translation>
    </message>
</context>
<context>
    <name>ct::fleets::GtfsRealtimeFeed</name>
    <message>
        <source>the file is empty, not a GTFS-Realtime feed</source>
        <translation>ファイルが空です。GTFS-Realtime フィードではありません</translation>
    </message>
    <message>
        <source>not a GTFS-Realtime FeedMessage: the protobuf data is corrupt or incomplete (%1)</source>
        <translation>GTFS-Realtime の FeedMessage ではありません。protobuf データが壊れているか不完全です（%1）</translation>
    </message>
    <message>
        <source>the vehicle position has no position</source>
        <translation>車両位置情報に位置がありません</translation>
    </message>
    <message>
        <source>position.latitude %1 is out of range</source>
        <translation>position.latitude %1 は範囲外です</translation>
    </message>
    <message>
        <source>position.longitude %1 is out of range</source>
        <translation>position.longitude %1 は範囲外です</translation>
    </message>
</context>
<context>
    <name>ct::fleets::OnDemandModelFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>不明なキーです（使用できるキー: %1）</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数を指定してください</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>%1 から %2 までの数値が必要です</translation>
    </message>
    <message>
        <source>expected a duration like &quot;00:15&quot;</source>
        <translation>&quot;00:15&quot; のような時間を指定してください</translation>
    </message>
    <message>
        <source>more wheelchair places than seats (%1)</source>
        <translation>車椅子スペースが座席数（%1）より多くなっています</translation>
    </message>
    <message>
        <source>hospital_share and station_share add up to more than 1</source>
        <translation>hospital_share と station_share の合計が 1 を超えています</translation>
    </message>
    <message>
        <source>the twin has no bus_stops layer with two stops or more</source>
        <translation>ツインに停留所が 2 つ以上ある bus_stops レイヤーがありません</translation>
    </message>
    <message>
        <source>expected &quot;grid&quot;, &quot;bus_stops&quot; or a list of points [[x, y], …]</source>
        <translation>&quot;grid&quot;、&quot;bus_stops&quot;、または点のリスト [[x, y], …] を指定してください</translation>
    </message>
    <message>
        <source>the twin has no on-demand zones (bus_routes of kind on_demand_zone)</source>
        <translation>ツインにデマンド交通区域（種類 on_demand_zone の bus_routes）がありません</translation>
    </message>
    <message>
        <source>expected &quot;city&quot;, &quot;zones&quot; or a polygon [[x, y], …]</source>
        <translation>&quot;city&quot;、&quot;zones&quot;、またはポリゴン [[x, y], …] を指定してください</translation>
    </message>
    <message>
        <source>expected a list of points [[x, y], …] in metres (EPSG:6677)</source>
        <translation>メートル単位（EPSG:6677）の点のリスト [[x, y], …] を指定してください</translation>
    </message>
    <message>
        <source>expected 24 hourly weights ≥ 0, not all 0</source>
        <translation>0 以上の時間帯別の重みを 24 個指定してください（すべて 0 は不可）</translation>
    </message>
</context>
<context>
    <name>ct::fleets::RealtimeFeedPoller</name>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 は http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>no twin is open</source>
        <translation>ツインが開かれていません</translation>
    </message>
    <message>
        <source>the twin is open read-only</source>
        <translation>ツインは読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: %2 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 %3</source>
        <translation>%1: サーバーが HTTP %2 %3 を返しました</translation>
    </message>
    <message>
        <source>%1: cannot fetch: %2</source>
        <translation>%1: 取得できません: %2</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>取得停止中</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message numerus="yes">
        <source>Connected, checked at %1; %n vehicle(s) in the last new feed</source>
        <translation>
            <numerusform>接続済み（%1 に確認、直近の新しいフィードで %n 台）</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>ct::fleets::RecordedVehicleReader</name>
    <message>
        <source>cannot read the recorded runs</source>
        <translation>記録済みの実行を読み込めません</translation>
    </message>
    <message>
        <source>there is no recorded run %1 with vehicles</source>
        <translation>車両を含む記録済みの実行 %1 はありません</translation>
    </message>
    <message>
        <source>cannot read the recorded vehicles</source>
        <translation>記録済みの車両を読み込めません</translation>
    </message>
    <message>
        <source>recorded run %1 has no samples</source>
        <translation>記録済みの実行 %1 にはサンプルがありません</translation>
    </message>
    <message>
        <source>cannot read the recorded vehicles: %1</source>
        <translation>記録済みの車両を読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>ct::fleets::RequestIntake</name>
    <message>
        <source>passengers must be at least 1</source>
        <translation>乗車人数は1人以上にしてください</translation>
    </message>
    <message>
        <source>%1 passengers do not fit any on-demand bus (at most %2 seats)</source>
        <translation>%1 人はどのデマンドバスにも乗れません（最大 %2 席）</translation>
    </message>
    <message>
        <source>no on-demand bus has a wheelchair place</source>
        <translation>車いすスペースのあるデマンドバスがありません</translation>
    </message>
    <message>
        <source>pick-up and drop-off need positions</source>
        <translation>乗車地と降車地の位置が必要です</translation>
    </message>
    <message>
        <source>the pick-up is outside the service area (the on-demand zones)</source>
        <translation>乗車地がサービスエリア（デマンド交通区域）の外です</translation>
    </message>
    <message>
        <source>pick-up and drop-off are the same place</source>
        <translation>乗車地と降車地が同じ場所です</translation>
    </message>
    <message>
        <source>the earliest pick-up and the latest arrival are required</source>
        <translation>乗車可能時刻と到着期限が必要です</translation>
    </message>
    <message>
        <source>the latest arrival must be after the earliest pick-up</source>
        <translation>到着期限は乗車可能時刻より後にしてください</translation>
    </message>
    <message>
        <source>the latest arrival has passed</source>
        <translation>到着期限を過ぎています</translation>
    </message>
    <message>
        <source>the drop-off cannot be reached by road from the pick-up</source>
        <translation>乗車地から降車地へ道路で行けません</translation>
    </message>
    <message>
        <source>the latest arrival cannot be met: the direct ride alone takes %1 min</source>
        <translation>到着期限に間に合いません：直行でも %1 分かかります</translation>
    </message>
</context>
<context>
    <name>ct::fleets::ScheduleAdherence</name>
    <message>
        <source>the trip needs two stops and times at its first and last stop</source>
        <translation>便には 2 つ以上の停留所と、最初と最後の停留所の時刻が必要です</translation>
    </message>
    <message>
        <source>trip %1 is in no imported GTFS feed</source>
        <translation>便 %1 は取り込み済みのどの GTFS フィードにもありません</translation>
    </message>
    <message>
        <source>trip %1 runs by frequencies (no fixed times)</source>
        <translation>便 %1 は運行間隔で運行しています（時刻は固定されていません）</translation>
    </message>
    <message>
        <source>stop %1 of trip %2 has no coordinates</source>
        <translation>便 %2 の停留所 %1 に座標がありません</translation>
    </message>
    <message>
        <source>stop %1 cannot be placed in EPSG:6677</source>
        <translation>停留所 %1 を EPSG:6677 に変換できません</translation>
    </message>
    <message>
        <source>no position or report time</source>
        <translation>位置または報告時刻がありません</translation>
    </message>
</context>
<context>
    <name>ct::fleets::StopLifecycle</name>
    <message>
        <source>the %1 has already started</source>
        <translation>%1はすでに開始されています</translation>
    </message>
    <message>
        <source>the %1 cannot be done: the request is %2, not %3</source>
        <translation>%1は完了できません：リクエストは%3ではなく%2です</translation>
    </message>
    <message>
        <source>a no-show is a pick-up&apos;s: the %1 is a drop-off</source>
        <translation>不在（ノーショー）は乗車のみです：%1は降車です</translation>
    </message>
    <message>
        <source>the %1 cannot be a no-show: the request is %2</source>
        <translation>%1は不在にできません：リクエストは%2です</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen</name>
    <message>
        <source>in service</source>
        <translation>運行中</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>移動中</translation>
    </message>
    <message>
        <source>supplying power</source>
        <translation>給電中</translation>
    </message>
    <message>
        <source>refuelling</source>
        <translation>水素充填中</translation>
    </message>
    <message>
        <source>off</source>
        <translation>休止</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>underway</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::BusStateBook</name>
    <message>
        <source>the twin has no layer fuel_cell_buses</source>
        <translation>ツインにレイヤー fuel_cell_buses がありません</translation>
    </message>
    <message>
        <source>no fuel-cell bus %1</source>
        <translation>燃料電池バス %1 はありません</translation>
    </message>
    <message>
        <source>bus %1 is already %2</source>
        <translation>バス %1 は既に %2 です</translation>
    </message>
    <message>
        <source>bus %1 cannot go from %2 to %3 directly</source>
        <translation>バス %1 を %2 から %3 に直接変更することはできません</translation>
    </message>
    <message>
        <source>energy %1 kWh is outside 0..%2 kWh</source>
        <translation>電力量 %1 kWh が 0～%2 kWh の範囲外です</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::DispatchInputReader</name>
    <message>
        <source>the twin has no layer fuel_cell_buses</source>
        <translation>ツインにレイヤー fuel_cell_buses がありません</translation>
    </message>
    <message>
        <source>unknown bus state &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なバスの状態 &quot;%1&quot;（%2 のいずれかを指定）</translation>
    </message>
    <message>
        <source>export power must be positive, not %1 kW</source>
        <translation>給電出力は正の値にしてください（%1 kW は不可）</translation>
    </message>
    <message>
        <source>energy %1 kWh is outside 0..%2 kWh</source>
        <translation>電力量 %1 kWh が 0～%2 kWh の範囲外です</translation>
    </message>
    <message>
        <source>the bus has no position</source>
        <translation>バスの位置がありません</translation>
    </message>
    <message>
        <source>the twin has no view shelter_power_need: the shelters plugin (schema version 2 or later) provides the shelters&apos; occupancy, medical needs and outage hours</source>
        <translation>ツインにビュー shelter_power_need がありません。避難所の在所者数・医療的ケア・停電時間は避難所プラグイン（スキーマ バージョン 2 以降）が提供します</translation>
    </message>
    <message>
        <source>shelter_power_need names shelter %1, which has no position in the shelters layer</source>
        <translation>shelter_power_need に避難所 %1 がありますが、shelters レイヤーに位置がありません</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::DispatchOrderBook</name>
    <message>
        <source>an infeasible plan cannot be accepted</source>
        <translation>実行不可能な計画は承認できません</translation>
    </message>
    <message>
        <source>the plan has %1 buses, the problem %2</source>
        <translation>計画のバスは %1 台ですが、問題設定では %2 台です</translation>
    </message>
    <message>
        <source>the plan has no stops to order</source>
        <translation>計画に指示を出す停車地がありません</translation>
    </message>
    <message>
        <source>the plan needs a start time</source>
        <translation>計画には開始時刻が必要です</translation>
    </message>
    <message>
        <source>no dispatch order %1</source>
        <translation>配車指示 %1 はありません</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3</source>
        <translation>指示 %1 を %2 から %3 に変更することはできません</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::DispatchProblem</name>
    <message>
        <source>the travel matrix has %1 sites, the problem %2</source>
        <translation>移動時間行列の地点は %1 か所ですが、問題設定では %2 か所です</translation>
    </message>
    <message>
        <source>the horizon must be a positive number of hours</source>
        <translation>計画期間は正の時間数にしてください</translation>
    </message>
    <message>
        <source>the medical factor must not be negative</source>
        <translation>医療的ケアの係数は負の値にできません</translation>
    </message>
    <message>
        <source>a bus needs room for at least one stop</source>
        <translation>バスには少なくとも 1 つの停車地の枠が必要です</translation>
    </message>
    <message>
        <source>bus %1: export power and tank must be positive, consumption and refuelling time not negative</source>
        <translation>バス %1：給電出力とタンク容量は正、消費量と充填時間は 0 以上にしてください</translation>
    </message>
    <message>
        <source>bus %1: energy %2 kWh is outside 0..%3 kWh</source>
        <translation>バス %1：電力量 %2 kWh が 0～%3 kWh の範囲外です</translation>
    </message>
    <message>
        <source>bus %1: negative ready time</source>
        <translation>バス %1：準備完了時刻が負です</translation>
    </message>
    <message>
        <source>shelter %1: negative occupancy or medical count</source>
        <translation>避難所 %1：在所者数または医療的ケアの人数が負です</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PlanEvaluator</name>
    <message>
        <source>bus %1 is out of service</source>
        <translation>バス %1 は休止中です</translation>
    </message>
    <message>
        <source>the travel matrix does not match the problem</source>
        <translation>移動時間行列が問題設定と一致しません</translation>
    </message>
    <message>
        <source>bus %1 has more than %2 stops</source>
        <translation>バス %1 の停車地が %2 か所を超えています</translation>
    </message>
    <message>
        <source>bus %1, stop %2: no shelter %3</source>
        <translation>バス %1、停車地 %2：避難所 %3 はありません</translation>
    </message>
    <message>
        <source>bus %1, stop %2: no hydrogen station can be reached</source>
        <translation>バス %1、停車地 %2：到達できる水素ステーションがありません</translation>
    </message>
    <message>
        <source>bus %1, stop %2: the road there is closed or missing</source>
        <translation>バス %1、停車地 %2：そこへの道路が閉鎖されているか、ありません</translation>
    </message>
    <message>
        <source>bus %1, stop %2: %3 kWh on board, %4 kWh needed to get there and on to a station</source>
        <translation>バス %1、停車地 %2：搭載 %3 kWh に対し、そこへ行きさらにステーションまで移動するには %4 kWh 必要です</translation>
    </message>
    <message>
        <source>bus %1, stop %2: no station can be reached from this shelter</source>
        <translation>バス %1、停車地 %2：この避難所から到達できるステーションがありません</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PowerDispatchController</name>
    <message>
        <source>Reading the twin and driving times over the roads…</source>
        <translation>ツインと道路の走行時間を読み込み中…</translation>
    </message>
    <message>
        <source>Optimising the dispatch…</source>
        <translation>配車を最適化中…</translation>
    </message>
    <message>
        <source>Open a twin to see its fuel-cell buses.</source>
        <translation>燃料電池バスを表示するにはツインを開いてください。</translation>
    </message>
    <message>
        <source>Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); this twin does not have it, so shelters without power cannot be read.</source>
        <translation>給電配車には避難所プラグイン（スキーマ 2 以降）のビュー shelter_power_need が必要です。このツインにはないため、停電中の避難所を読み込めません。</translation>
    </message>
    <message>
        <source>hydrogen station</source>
        <translation>水素ステーション</translation>
    </message>
    <message>
        <source>Open a twin first.</source>
        <translation>先にツインを開いてください。</translation>
    </message>
    <message>
        <source>Power dispatch needs the view shelter_power_need of the shelters plugin (schema 2 or later); this twin does not have it.</source>
        <translation>給電配車には避難所プラグイン（スキーマ 2 以降）のビュー shelter_power_need が必要です。このツインにはありません。</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>計画を作成中…</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>計画の作成を中止しました。</translation>
    </message>
    <message>
        <source>Planned %1 buses for %2 shelters without power in %3 ms.</source>
        <translation>停電中の避難所 %2 か所に対し、バス %1 台の計画を作成しました（%3 ms）。</translation>
    </message>
    <message numerus="yes">
        <source>%n road(s) closed.</source>
        <translation>
            <numerusform>閉鎖中の道路 %n 本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更していません：%1</translation>
    </message>
    <message>
        <source>Choose another bus.</source>
        <translation>別のバスを選んでください。</translation>
    </message>
    <message>
        <source>Bus %1 is off: it cannot be dispatched.</source>
        <translation>バス %1 は休止中のため、配車できません。</translation>
    </message>
    <message>
        <source>Bus %1 already has %2 stops.</source>
        <translation>バス %1 には既に %2 か所の停車地があります。</translation>
    </message>
    <message>
        <source>Not changed: bus %1 cannot reach that stop with the energy it has, even with refuelling stops as planned.</source>
        <translation>変更していません：バス %1 は、計画どおり水素を充填しても、現在の電力量ではその停車地に到達できません。</translation>
    </message>
    <message>
        <source>Stop moved to bus %1.</source>
        <translation>停車地をバス %1 に移しました。</translation>
    </message>
    <message>
        <source>Stop removed from the plan.</source>
        <translation>停車地を計画から削除しました。</translation>
    </message>
    <message>
        <source>The plan is on the map (layers &quot;Power plan routes&quot; and &quot;Power plan stops&quot;).</source>
        <translation>計画を地図に表示しました（レイヤー「給電計画の経路」と「給電計画の停車地」）。</translation>
    </message>
    <message>
        <source>Plan %1 accepted: dispatch orders created and shown on the map.</source>
        <translation>計画 %1 を承認しました：配車指示を作成し、地図に表示しました。</translation>
    </message>
    <message>
        <source>Plan %1 accepted: dispatch orders created.</source>
        <translation>計画 %1 を承認しました：配車指示を作成しました。</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>指示 %1 は %2 になりました。</translation>
    </message>
    <message>
        <source>Bus %1 is %2.</source>
        <translation>バス %1 は %2 になりました。</translation>
    </message>
    <message>
        <source>The twin changed while planning; plan again.</source>
        <translation>計画の作成中にツインが変更されました。もう一度計画を作成してください。</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PowerDispatchModelFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>不明なキー（想定：%1）</translation>
    </message>
    <message>
        <source>expected &quot;accepted&quot; or &quot;optimise&quot;</source>
        <translation>&quot;accepted&quot; または &quot;optimise&quot; を指定してください</translation>
    </message>
    <message>
        <source>expected a number above 0</source>
        <translation>0 より大きい数値を指定してください</translation>
    </message>
    <message>
        <source>the twin has no view shelter_power_need (the shelters plugin provides it)</source>
        <translation>ツインにビュー shelter_power_need がありません（避難所プラグインが提供します）</translation>
    </message>
    <message>
        <source>the twin has no accepted power dispatch plan (use &quot;optimise&quot; to plan one)</source>
        <translation>ツインに承認済みの給電計画がありません（&quot;optimise&quot; で計画を作成してください）</translation>
    </message>
    <message>
        <source>the twin has no accepted power dispatch plan</source>
        <translation>ツインに承認済みの給電計画がありません</translation>
    </message>
</context>
<context>
    <name>ct::hydrogen::PowerPlanReport</name>
    <message>
        <source>Power dispatch by fuel-cell buses</source>
        <translation>燃料電池バスによる給電</translation>
    </message>
    <message>
        <source>The power dispatch plans cannot be read: %1</source>
        <translation>給電計画を読み込めません：%1</translation>
    </message>
    <message>
        <source>No power dispatch plan had been accepted by the time of the report.</source>
        <translation>報告書の対象時点までに承認された給電計画はありません。</translation>
    </message>
    <message>
        <source>Plan %1, accepted %2 by %3 (%4), covers %5 h from %6. Covered person-hours weigh each person by the hours of power the plan brings to their shelter; persons with medical needs count three times.</source>
        <translation>計画 %1（%2 に %3（%4）が承認）は、%6 から %5 時間を対象とします。カバーする人時は、計画によって各人の避難所に電力が供給される時間数で各人を重み付けしたもので、医療的ケアが必要な人は 3 倍で計算します。</translation>
    </message>
    <message>
        <source>The dispatch orders cannot be read: %1</source>
        <translation>配車指示を読み込めません：%1</translation>
    </message>
    <message>
        <source>Dispatch orders</source>
        <translation>配車指示</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>行き先</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>出発</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Supply (h)</source>
        <translation>給電（時間）</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>人時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>hydrogen station (refuelling)</source>
        <translation>水素ステーション（充填）</translation>
    </message>
    <message>
        <source>Covered person-hours (plan)</source>
        <translation>カバーする人時（計画）</translation>
    </message>
    <message>
        <source>Covered person-hours (simple greedy rule)</source>
        <translation>カバーする人時（単純な貪欲法）</translation>
    </message>
    <message>
        <source>Orders pending</source>
        <translation>未着手の指示</translation>
    </message>
    <message>
        <source>Orders underway</source>
        <translation>実行中の指示</translation>
    </message>
    <message>
        <source>Orders done</source>
        <translation>完了した指示</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>取り消された指示</translation>
    </message>
    <message>
        <source>Order states are shown as they are now.</source>
        <translation>指示の状態は現在のものを示しています。</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>燃料電池バス</translation>
    </message>
    <message>
        <source>The buses cannot be read: %1</source>
        <translation>バスを読み込めません：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>電力量（kWh）</translation>
    </message>
    <message>
        <source>Supply left at full output (h)</source>
        <translation>最大出力での残り給電時間（時間）</translation>
    </message>
    <message>
        <source>Buses</source>
        <translation>バス台数</translation>
    </message>
    <message>
        <source>Buses available for dispatch (not off)</source>
        <translation>配車可能なバス（休止以外）</translation>
    </message>
    <message>
        <source>Exportable energy on board</source>
        <translation>搭載している給電可能な電力量</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>No power dispatch data yet: the hydrogen plugin&apos;s tables are created when the twin is first opened for writing (in the console, or by a writing citytwin-cli command).</source>
        <translation>給電配車のデータはまだありません。水素バスプラグインのテーブルは、ツインを初めて書き込み可能で開いたとき（コンソール、または書き込みを行う citytwin-cli コマンドで）に作成されます。</translation>
    </message>
</context>
<context>
    <name>ct::report::ReportGenerator</name>
    <message>
        <source>The plugin &quot;%1&quot; could not write its part: %2</source>
        <translation>プラグイン &quot;%1&quot; が担当部分を書き出せませんでした：%2</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; could not write its part.</source>
        <translation>プラグイン &quot;%1&quot; が担当部分を書き出せませんでした。</translation>
    </message>
    <message>
        <source>The state of the layer &quot;%1&quot; could not be read: %2</source>
        <translation>レイヤー &quot;%1&quot; の状態を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>担当者の操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>The %1 most recent of %2 actions up to the time of the report, newest first.</source>
        <translation>報告書の対象時点までの操作 %2 件のうち、最新の %1 件（新しい順）。</translation>
    </message>
    <message>
        <source>Actions recorded up to the time of the report, newest first.</source>
        <translation>報告書の対象時点までに記録された操作（新しい順）。</translation>
    </message>
    <message>
        <source>Twin contents</source>
        <translation>ツインの内容</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>地物数</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>報告書を書き出せません：%1</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>状況報告書</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Situation at</source>
        <translation>対象時点</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Twin file</source>
        <translation>ツインファイル</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>The twin has no map layers to show.</source>
        <translation>ツインに表示できる地図レイヤーがありません。</translation>
    </message>
    <message>
        <source>Boundary, water, rivers, roads and the facilities of the domain plugins; coloured symbols show the state of each facility where it is known.</source>
        <translation>市域、水域、河川、道路、各ドメインプラグインの施設。状態が分かる施設は色付きの記号で状態を示します。</translation>
    </message>
    <message>
        <source>Facility states are those of %1, when the report was made.</source>
        <translation>施設の状態は報告書作成時（%1）のものです。</translation>
    </message>
    <message>
        <source>No loaded plugin contributes a section to the report.</source>
        <translation>報告書に章を提供する読み込み済みのプラグインはありません。</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF を開始できません</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF を書き出し中</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>PDF にページを追加できません</translation>
    </message>
    <message>
        <source>cannot move the finished report into place from %1</source>
        <translation>完成した報告書を %1 から所定の場所に移動できません</translation>
    </message>
</context>
<context>
    <name>ct::safety</name>
    <message>
        <source>unknown GDAL error</source>
        <translation>不明な GDAL エラー</translation>
    </message>
    <message>
        <source>the output exists; refusing to overwrite it</source>
        <translation>出力先が既に存在するため、上書きしません</translation>
    </message>
    <message>
        <source>cannot create the output directory</source>
        <translation>出力フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>cannot move the finished directory into place</source>
        <translation>完成したフォルダーを所定の場所に移動できません</translation>
    </message>
    <message>
        <source>cannot write the alert&apos;s lifecycle step</source>
        <translation>安全情報の状態遷移を書き込めません</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertExporter</name>
    <message>
        <source>the output exists; refusing to overwrite it</source>
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
        <source>cannot write alert %1: %2</source>
        <translation>安全情報 %1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>GDAL failed while writing: %1</source>
        <translation>書き込み中に GDAL でエラーが発生しました：%1</translation>
    </message>
    <message>
        <source>cannot move the finished file into place</source>
        <translation>完成したファイルを所定の場所に移動できません</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertReader</name>
    <message>
        <source>cannot read the safety alerts</source>
        <translation>安全情報を読み込めません</translation>
    </message>
    <message>
        <source>there is no safety alert %1 you may see</source>
        <translation>閲覧できる安全情報 %1 はありません</translation>
    </message>
    <message>
        <source>cannot read the alert&apos;s lifecycle</source>
        <translation>安全情報の状態履歴を読み込めません</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertSimulationFactory</name>
    <message>
        <source>unknown key (expected: %1)</source>
        <translation>不明なキー（想定：%1）</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>%1～%2 の数値を指定してください</translation>
    </message>
    <message>
        <source>school_share and station_share add up to more than 1</source>
        <translation>school_share と station_share の合計が 1 を超えています</translation>
    </message>
    <message>
        <source>expected a list of [longitude, latitude]</source>
        <translation>[経度, 緯度] のリストを指定してください</translation>
    </message>
    <message>
        <source>expected [longitude, latitude] in degrees</source>
        <translation>[経度, 緯度] を度で指定してください</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertStore</name>
    <message>
        <source>cannot store the alert</source>
        <translation>安全情報を保存できません</translation>
    </message>
    <message>
        <source>cannot store the alert&apos;s personal data</source>
        <translation>安全情報の個人データを保存できません</translation>
    </message>
    <message>
        <source>there is no safety alert %1</source>
        <translation>安全情報 %1 はありません</translation>
    </message>
    <message>
        <source>retracting an alert needs a reason</source>
        <translation>安全情報を取り消すには理由が必要です</translation>
    </message>
    <message>
        <source>an alert cannot go back to received</source>
        <translation>安全情報を受付済みに戻すことはできません</translation>
    </message>
    <message>
        <source>safety alert %1 is %2 and cannot become %3</source>
        <translation>安全情報 %1 は %2 のため、%3 にはできません</translation>
    </message>
    <message>
        <source>cannot change the alert&apos;s status</source>
        <translation>安全情報の状態を変更できません</translation>
    </message>
</context>
<context>
    <name>ct::safety::AlertValidator</name>
    <message>
        <source>an alert needs the time it happened</source>
        <translation>安全情報には発生日時が必要です</translation>
    </message>
    <message>
        <source>the time %1 is in the future</source>
        <translation>日時 %1 が未来です</translation>
    </message>
    <message>
        <source>the time range ends before it starts</source>
        <translation>期間の終了が開始より前です</translation>
    </message>
    <message>
        <source>an alert needs a category</source>
        <translation>安全情報には種別が必要です</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>不明な種別 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an alert needs a place: pick a point, give an address or a school</source>
        <translation>安全情報には場所が必要です。地点を指定するか、住所または学校を入力してください</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is not a place name this twin knows; pick the point on the map</source>
        <translation>住所 &quot;%1&quot; はこのツインにない地名です。地図上で地点を指定してください</translation>
    </message>
    <message>
        <source>there is no school %1 in this twin</source>
        <translation>このツインに学校 %1 はありません</translation>
    </message>
    <message>
        <source>the place has no valid coordinates</source>
        <translation>場所に有効な座標がありません</translation>
    </message>
    <message>
        <source>the place (%1, %2) is outside the city</source>
        <translation>場所 (%1, %2) は市外です</translation>
    </message>
</context>
<context>
    <name>ct::safety::AreaCatalogue</name>
    <message>
        <source>an area needs an id and a name</source>
        <translation>エリアには ID と名称が必要です</translation>
    </message>
    <message>
        <source>subscribers must be 0 or more</source>
        <translation>登録者数は 0 以上にしてください</translation>
    </message>
    <message>
        <source>the area has no shape</source>
        <translation>エリアに形状がありません</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>ヘッダーに列 &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>area_id is empty</source>
        <translation>area_id が空です</translation>
    </message>
    <message>
        <source>area_id &quot;%1&quot; appears twice</source>
        <translation>area_id &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>name が空です</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not school-district, neighbourhood, polygon or radius</source>
        <translation>kind &quot;%1&quot; は school-district、neighbourhood、polygon、radius のいずれでもありません</translation>
    </message>
    <message>
        <source>subscribers &quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>subscribers &quot;%1&quot; は 0 以上の整数ではありません</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is not a school district of this twin</source>
        <translation>district &quot;%1&quot; はこのツインの学区ではありません</translation>
    </message>
    <message>
        <source>wkt is empty</source>
        <translation>wkt が空です</translation>
    </message>
    <message>
        <source>lon/lat must be WGS84 degrees</source>
        <translation>lon/lat は WGS84 の度で指定してください</translation>
    </message>
    <message>
        <source>radius_m must be a number of metres above 0</source>
        <translation>radius_m は 0 より大きいメートル数で指定してください</translation>
    </message>
    <message>
        <source>the centre cannot be transformed to the twin&apos;s CRS</source>
        <translation>中心をツインの座標参照系に変換できません</translation>
    </message>
    <message>
        <source>the file has no areas</source>
        <translation>ファイルにエリアがありません</translation>
    </message>
</context>
<context>
    <name>ct::safety::CsvTable</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>ファイルを読み込めません（%1）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8 or Shift_JIS</source>
        <translation>UTF-16 のテキストには対応していません。UTF-8 または Shift_JIS で保存し直してください</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)</source>
        <translation>テキストが UTF-8 でも Shift_JIS でもありません（この行に最初の解読できないバイトがあります）</translation>
    </message>
    <message>
        <source>the Shift_JIS text cannot be converted</source>
        <translation>Shift_JIS のテキストを変換できません</translation>
    </message>
    <message>
        <source>GDAL cannot read the file as CSV: %1</source>
        <translation>GDAL でファイルを CSV として読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>ct::safety::DrawnAreas</name>
    <message>
        <source>Give the area a name.</source>
        <translation>区域の名前を入力してください。</translation>
    </message>
    <message>
        <source>The number of subscribers must be between 0 and %1.</source>
        <translation>登録者数は 0 から %1 の間で指定してください。</translation>
    </message>
    <message>
        <source>The twin has no city boundary, so an area cannot be checked to lie in the city.</source>
        <translation>ツインに市域の境界がないため、区域が市内にあるか確認できません。</translation>
    </message>
    <message>
        <source>The radius must be between %1 m and %2 m (it is %3 m).</source>
        <translation>半径は %1 m から %2 m の間で指定してください（現在 %3 m）。</translation>
    </message>
    <message>
        <source>The centre (%1, %2) lies outside the city.</source>
        <translation>中心 (%1, %2) が市外にあります。</translation>
    </message>
    <message>
        <source>Only polygons and radii are drawn.</source>
        <translation>描画できるのは多角形と半径指定の円だけです。</translation>
    </message>
    <message>
        <source>A polygon needs at least three corners (it has %1).</source>
        <translation>多角形には3つ以上の頂点が必要です（現在 %1）。</translation>
    </message>
    <message>
        <source>The polygon crosses itself or has no area; draw its corners in order around the area.</source>
        <translation>多角形が自己交差しているか面積がありません。区域の周囲に沿って順に頂点を描いてください。</translation>
    </message>
    <message>
        <source>Corner %1 (%2, %3) lies outside the city.</source>
        <translation>頂点 %1 (%2, %3) が市外にあります。</translation>
    </message>
    <message>
        <source>There is no area &quot;%1&quot;.</source>
        <translation>区域「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>ct::safety::Outbox</name>
    <message>
        <source>cannot read the outbox</source>
        <translation>送信キューを読み込めません</translation>
    </message>
    <message>
        <source>cannot read the notices</source>
        <translation>お知らせを読み込めません</translation>
    </message>
    <message>
        <source>cannot update the outbox</source>
        <translation>送信キューを更新できません</translation>
    </message>
    <message>
        <source>outbox entry %1 is not pending</source>
        <translation>送信キューの項目 %1 は送信待ちではありません</translation>
    </message>
</context>
<context>
    <name>ct::safety::PoliceCrimeImporter</name>
    <message>
        <source>the header has no column &quot;%1&quot;; is this the police crime open data?</source>
        <translation>ヘッダーに列 &quot;%1&quot; がありません。警察の犯罪オープンデータですか？</translation>
    </message>
    <message>
        <source>no offence (罪名) and no method (手口)</source>
        <translation>罪名も手口もありません</translation>
    </message>
    <message>
        <source>another municipality (%1 %2)</source>
        <translation>他の市区町村です（%1 %2）</translation>
    </message>
    <message>
        <source>no valid date (発生年月日): &quot;%1&quot;</source>
        <translation>有効な発生年月日がありません：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日付 %1 が未来です</translation>
    </message>
    <message>
        <source>no town and block (町丁目)</source>
        <translation>町丁目がありません</translation>
    </message>
    <message>
        <source>the town &quot;%1&quot; is not a place of this twin</source>
        <translation>町名 &quot;%1&quot; はこのツインにない地名です</translation>
    </message>
    <message>
        <source>the town &quot;%1&quot; lies outside the city boundary</source>
        <translation>町名 &quot;%1&quot; は市域外です</translation>
    </message>
    <message>
        <source>located at %1 (approximate)</source>
        <translation>%1 に位置付け（概略）</translation>
    </message>
    <message>
        <source>cannot read the safety alerts</source>
        <translation>安全情報を読み込めません</translation>
    </message>
    <message>
        <source>cannot update the alert</source>
        <translation>安全情報を更新できません</translation>
    </message>
    <message>
        <source>cannot store the alert</source>
        <translation>安全情報を保存できません</translation>
    </message>
    <message>
        <source>%1: %2 rows placed at a coarser name than their 町丁目 (approximate)</source>
        <translation>%1：%2 行を町丁目より粗い地名の位置に配置しました（概略）</translation>
    </message>
</context>
<context>
    <name>ct::safety::Publisher</name>
    <message>
        <source>cannot store the notice</source>
        <translation>お知らせを保存できません</translation>
    </message>
    <message>
        <source>cannot write the outbox</source>
        <translation>送信キューに書き込めません</translation>
    </message>
    <message>
        <source>cannot read the notice</source>
        <translation>お知らせを読み込めません</translation>
    </message>
    <message>
        <source>cannot store the cancel message</source>
        <translation>取消メッセージを保存できません</translation>
    </message>
    <message>
        <source>cannot cancel the outbox entries</source>
        <translation>送信キューの項目を取り消せません</translation>
    </message>
</context>
<context>
    <name>ct::safety::RecordedAlertReader</name>
    <message>
        <source>cannot read the recorded runs</source>
        <translation>記録済みの実行を読み込めません</translation>
    </message>
    <message>
        <source>there is no recorded run %1 with safety alerts</source>
        <translation>安全警報を含む記録済みの実行 %1 はありません</translation>
    </message>
    <message>
        <source>cannot read the recorded alerts</source>
        <translation>記録された警報を読み込めません</translation>
    </message>
</context>
<context>
    <name>ct::safety::StreetlightImporter</name>
    <message>
        <source>Streetlight sites (CSV, replace the generated ones)</source>
        <translation>街路灯の位置（CSV、生成されたものを置き換え）</translation>
    </message>
    <message>
        <source>the header needs longitude and latitude columns (lon, lat or 経度, 緯度)</source>
        <translation>見出し行に経度と緯度の列（lon, lat または 経度, 緯度）が必要です</translation>
    </message>
    <message>
        <source>the twin has no city boundary to check the sites against</source>
        <translation>ツインに位置を確認するための市域の境界がありません</translation>
    </message>
    <message>
        <source>no readable longitude/latitude</source>
        <translation>経度・緯度を読み取れません</translation>
    </message>
    <message>
        <source>longitude/latitude out of range</source>
        <translation>経度・緯度が範囲外です</translation>
    </message>
    <message>
        <source>cannot be transformed to the twin&apos;s CRS</source>
        <translation>ツインの座標系に変換できません</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>市外です</translation>
    </message>
    <message>
        <source>no usable streetlight site in the file (%1 rows skipped)</source>
        <translation>ファイルに使える街路灯の位置がありません（%1 行をスキップ）</translation>
    </message>
</context>
<context>
    <name>ct::sensors</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1:%2: not JSON: %3</source>
        <translation>%1:%2：JSON ではありません：%3</translation>
    </message>
    <message>
        <source>%1: expected a SensorThings collection {&quot;value&quot;: [...]}</source>
        <translation>%1：SensorThings のコレクション {&quot;value&quot;: [...]} ではありません</translation>
    </message>
</context>
<context>
    <name>ct::sensors::RainfallSettings</name>
    <message>
        <source>missing: the rainfall in mm/h, a list with one value per step or one number</source>
        <translation>未指定: 降雨 (mm/h) をステップごとの値のリスト、または1つの数値で指定してください</translation>
    </message>
    <message>
        <source>min_width_m is more than max_width_m</source>
        <translation>min_width_m が max_width_m より大きくなっています</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトを指定してください</translation>
    </message>
    <message>
        <source>missing: a rating curve needs h0, a and b (h = h0 + a·Q^b)</source>
        <translation>未指定: 水位流量曲線には h0、a、b が必要です (h = h0 + a·Q^b)</translation>
    </message>
</context>
<context>
    <name>ct::sensors::Reader</name>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>不明なキーです (使用できるキー: %1)</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>%1 から %2 までの数値が必要です</translation>
    </message>
    <message>
        <source>expected a number above 0, at most %1</source>
        <translation>0 より大きく %1 以下の数値を指定してください</translation>
    </message>
    <message>
        <source>expected a time &quot;HH:MM&quot; or &quot;HH:MM:SS&quot;</source>
        <translation>時刻を &quot;HH:MM&quot; または &quot;HH:MM:SS&quot; で指定してください</translation>
    </message>
    <message>
        <source>expected a duration above zero, &quot;HH:MM&quot; or &quot;HH:MM:SS&quot;</source>
        <translation>0 より長い時間を &quot;HH:MM&quot; または &quot;HH:MM:SS&quot; で指定してください</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>空でない文字列を指定してください</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトを指定してください</translation>
    </message>
</context>
<context>
    <name>ct::sensors::StaRegistrar</name>
    <message>
        <source>%1: value[%2]: a Location without @iot.id</source>
        <translation>%1：value[%2]：@iot.id のない Location です</translation>
    </message>
    <message>
        <source>%1: value[%2]: a Thing without @iot.id</source>
        <translation>%1：value[%2]：@iot.id のない Thing です</translation>
    </message>
    <message>
        <source>%1: value[%2] (Thing %3): no name</source>
        <translation>%1：value[%2]（Thing %3）：name がありません</translation>
    </message>
    <message>
        <source>%1: value[%2] (Thing %3): Location %4 is not in %5</source>
        <translation>%1：value[%2]（Thing %3）：Location %4 は %5 にありません</translation>
    </message>
    <message>
        <source>%1: value[%2]</source>
        <translation>%1：value[%2]</translation>
    </message>
    <message>
        <source>%1: a Datastream without @iot.id</source>
        <translation>%1：@iot.id のない Datastream です</translation>
    </message>
    <message>
        <source>%1 (Datastream %2)</source>
        <translation>%1（Datastream %2）</translation>
    </message>
    <message>
        <source>%1: no Thing (give &quot;Thing&quot;: {&quot;@iot.id&quot;: …} or expand Datastreams in %2)</source>
        <translation>%1：Thing がありません（&quot;Thing&quot;: {&quot;@iot.id&quot;: …} を指定するか、%2 で Datastreams を展開してください）</translation>
    </message>
    <message>
        <source>%1: Thing %2 is not in %3</source>
        <translation>%1：Thing %2 は %3 にありません</translation>
    </message>
    <message>
        <source>%1: no unitOfMeasurement.symbol</source>
        <translation>%1：unitOfMeasurement.symbol がありません</translation>
    </message>
    <message>
        <source>%1: properties.kind &quot;%2&quot; is not a sensor kind</source>
        <translation>%1：properties.kind &quot;%2&quot; はセンサーの種類ではありません</translation>
    </message>
    <message>
        <source>%1: cannot tell what it measures (give an ObservedProperty name such as &quot;water level&quot;, or properties.kind and properties.quantity)</source>
        <translation>%1：何を測定するのか判断できません（&quot;water level&quot; のような ObservedProperty の名前、または properties.kind と properties.quantity を指定してください）</translation>
    </message>
    <message>
        <source>%1: properties.interval_s must be a positive number of seconds</source>
        <translation>%1：properties.interval_s は正の秒数にしてください</translation>
    </message>
    <message>
        <source>%1: Location %2 of Thing %3 is not a GeoJSON point in longitude/latitude</source>
        <translation>%1：Thing %3 の Location %2 は経度・緯度の GeoJSON ポイントではありません</translation>
    </message>
    <message>
        <source>%1: Location %2 cannot be transformed to EPSG:6677</source>
        <translation>%1：Location %2 を EPSG:6677 に変換できません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ct::ui::AccountAdministration</name>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>不明な役割 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>ct::ui::MapDrawTool</name>
    <message>
        <source>An area needs at least three corners (%1 so far).</source>
        <translation>区域には3つ以上の頂点が必要です（現在 %1）。</translation>
    </message>
    <message>
        <source>The corners lie on one line: the area has no surface.</source>
        <translation>頂点が一直線上にあり、区域に面積がありません。</translation>
    </message>
    <message>
        <source>Edges %1 and %2 fold back onto each other: an area must not cross itself.</source>
        <translation>辺 %1 と辺 %2 が折り返して重なっています。区域は自己交差してはいけません。</translation>
    </message>
    <message>
        <source>Edges %1 and %2 cross: an area must not cross itself.</source>
        <translation>辺 %1 と辺 %2 が交差しています。区域は自己交差してはいけません。</translation>
    </message>
    <message>
        <source>Backspace removes the last corner, Esc cancels.</source>
        <translation>Backspace で最後の頂点を削除、Esc で取り消します。</translation>
    </message>
    <message>
        <source>Click the centre, then click or drag to the edge of the circle.</source>
        <translation>中心をクリックし、円の縁までクリックまたはドラッグしてください。</translation>
    </message>
    <message>
        <source>Click the corners of the area (%1 so far). Backspace removes the last, Enter or a double click finishes, Esc cancels.</source>
        <translation>区域の頂点をクリックしてください（現在 %1）。Backspace で最後の頂点を削除、Enter またはダブルクリックで完了、Esc で取り消します。</translation>
    </message>
    <message>
        <source>Click the centre of the circle. Esc cancels.</source>
        <translation>円の中心をクリックしてください。Esc で取り消します。</translation>
    </message>
    <message>
        <source>Radius %1: click or release at the edge, Enter finishes, Backspace picks another centre, Esc cancels.</source>
        <translation>半径 %1：縁でクリックまたはボタンを離すと確定、Enter で完了、Backspace で中心を選び直し、Esc で取り消します。</translation>
    </message>
</context>
<context>
    <name>ct::ui::OperatorSession</name>
    <message>
        <source>Open a twin first: accounts belong to a twin.</source>
        <translation>先にツインを開いてください。アカウントはツインごとに管理されます。</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>パスワードを変更するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Your account &quot;%1&quot; no longer exists in this twin; you are signed out.</source>
        <translation>あなたのアカウント「%1」はこのツインに存在しなくなりました。サインアウトしました。</translation>
    </message>
    <message>
        <source>Your account was disabled by an administrator; you are signed out.</source>
        <translation>あなたのアカウントは管理者によって無効にされました。サインアウトしました。</translation>
    </message>
    <message>
        <source>An administrator changed your account; the console now acts with your new role and responsibilities.</source>
        <translation>管理者があなたのアカウントを変更しました。コンソールは新しい役割と担当範囲で操作します。</translation>
    </message>
</context>
<context>
    <name>ct::ui::ReportController</name>
    <message>
        <source>A report is being written already.</source>
        <translation>既に報告書を書き出し中です。</translation>
    </message>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
    <message>
        <source>The report has no plugin list.</source>
        <translation>報告書にプラグインの一覧がありません。</translation>
    </message>
    <message>
        <source>Choose a file for the report.</source>
        <translation>報告書のファイルを選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it like %2.</source>
        <translation>&quot;%1&quot; は時刻ではありません。%2 のように入力してください。</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
</context>
<context>
    <name>ct::ui::RunComparison</name>
    <message>
        <source>Share evacuated</source>
        <translation>避難完了率</translation>
    </message>
    <message>
        <source>Sheltered (persons)</source>
        <translation>避難完了（人）</translation>
    </message>
    <message>
        <source>Time to 50 % sheltered</source>
        <translation>避難完了 50 % までの時間</translation>
    </message>
    <message>
        <source>Time to 90 % sheltered</source>
        <translation>避難完了 90 % までの時間</translation>
    </message>
    <message>
        <source>Time to 100 % sheltered</source>
        <translation>避難完了 100 % までの時間</translation>
    </message>
    <message>
        <source>Not sheltered at the end</source>
        <translation>終了時に未避難</translation>
    </message>
    <message>
        <source>No reachable shelter</source>
        <translation>到達可能な避難所なし</translation>
    </message>
    <message>
        <source>Stranded on the way</source>
        <translation>途中で立ち往生</translation>
    </message>
    <message>
        <source>No room in a suitable shelter</source>
        <translation>適切な避難所に空きなし</translation>
    </message>
    <message>
        <source>Population in scope</source>
        <translation>対象人口</translation>
    </message>
    <message>
        <source>Persons who set out</source>
        <translation>避難開始者数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>世帯数</translation>
    </message>
    <message>
        <source>Households by car</source>
        <translation>車で避難した世帯数</translation>
    </message>
    <message>
        <source>Roads closed</source>
        <translation>閉鎖道路数</translation>
    </message>
    <message>
        <source>Gridlock moves</source>
        <translation>グリッドロック解消の移動回数</translation>
    </message>
    <message>
        <source>Not yet departed at the end</source>
        <translation>終了時に未出発</translation>
    </message>
    <message>
        <source>On the way at the end</source>
        <translation>終了時に移動中</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>シミュレーション時間</translation>
    </message>
    <message>
        <source>End of the run</source>
        <translation>実行終了時刻</translation>
    </message>
    <message>
        <source>Events processed</source>
        <translation>処理したイベント数</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 ポイント</translation>
    </message>
    <message>
        <source>#%1 %2 (seed %3, %4)</source>
        <translation>#%1 %2（seed %3、%4）</translation>
    </message>
    <message>
        <source>Shelter occupancy</source>
        <translation>避難所の収容状況</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>定員比（%）</translation>
    </message>
    <message>
        <source>Shelters full</source>
        <translation>満員の避難所</translation>
    </message>
    <message>
        <source>shelters</source>
        <translation>避難所数（か所）</translation>
    </message>
    <message>
        <source>Sheltered</source>
        <translation>避難完了</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人数（人）</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>移動中</translation>
    </message>
    <message>
        <source>Not yet departed</source>
        <translation>未出発</translation>
    </message>
    <message>
        <source>Unreachable or stranded</source>
        <translation>到達不能・立ち往生</translation>
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
<context>
    <name>ct::ui::TwinSession</name>
    <message>
        <source>No twin is open.</source>
        <translation>ツインが開かれていません。</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>wkt is not well-formed WKT</source>
        <translation>wkt が正しい形式の WKT ではありません</translation>
    </message>
    <message>
        <source>wkt must be a POLYGON or MULTIPOLYGON</source>
        <translation>wkt は POLYGON または MULTIPOLYGON にしてください</translation>
    </message>
    <message>
        <source>the polygon is empty or invalid (self-intersecting?)</source>
        <translation>ポリゴンが空か不正です（自己交差していませんか？）</translation>
    </message>
    <message>
        <source>wkt coordinates must be WGS84 longitude/latitude</source>
        <translation>wkt の座標は WGS84 の経度・緯度にしてください</translation>
    </message>
    <message>
        <source>the polygon cannot be transformed to the twin&apos;s CRS</source>
        <translation>ポリゴンをツインの座標参照系に変換できません</translation>
    </message>
</context>
</TS>
