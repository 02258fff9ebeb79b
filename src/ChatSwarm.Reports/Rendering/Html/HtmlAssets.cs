namespace ChatSwarm.Reports.Rendering.Html;

/// <summary>The inline stylesheet and the one small script (table sorting) of report.html.</summary>
internal static class HtmlAssets
{
    public const string Css = """
:root{--bg:#f5f7fa;--card:#fff;--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--accent:#2563eb;--ok:#16a34a;--warn:#d97706;--bad:#dc2626;--gray:#9aa5b1}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;background:var(--bg);color:var(--ink)}
header{background:#0f172a;color:#fff;padding:18px 32px}
header h1{margin:0;font-size:22px;font-weight:600}
header .sub{color:#cbd5e1;margin-top:4px}
nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:0 32px;display:flex;flex-wrap:wrap;gap:4px}
nav a{color:var(--muted);text-decoration:none;padding:10px 8px;font-size:13px;border-bottom:2px solid transparent}
nav a:hover{color:var(--accent);border-bottom-color:var(--accent)}
main{padding:20px 32px 48px;max-width:1400px;margin:0 auto}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin-bottom:18px}
section h2{margin:0 0 12px;font-size:16px;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fbfcfd}
.card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .value{font-size:22px;font-weight:600;margin-top:4px;white-space:nowrap}
.card.good .value{color:var(--ok)}.card.bad .value{color:var(--bad)}.card.warn .value{color:var(--warn)}
dl.info{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:0}
dl.info dt{color:var(--muted)}dl.info dd{margin:0;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th{background:#f8fafc;color:var(--muted);font-weight:600}
th:first-child,td:first-child,td.text,th.text{text-align:left}
td.text{white-space:normal;word-break:break-word;max-width:420px}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th:hover{color:var(--accent)}
th.asc::after{content:" \25B2"}th.desc::after{content:" \25BC"}
.scroll{overflow-x:auto}
.funnel{display:grid;grid-template-columns:1fr 220px;gap:20px;align-items:start}
.stage{display:grid;grid-template-columns:110px 1fr 150px;align-items:center;gap:10px;margin:6px 0}
.stage .bar{height:22px;border-radius:4px;background:var(--accent);min-width:2px}
.stage .n{text-align:right;font-variant-numeric:tabular-nums}
.side .card{margin-bottom:10px}
.ranges{display:flex;height:26px;border-radius:6px;overflow:hidden;margin-bottom:12px;background:var(--line)}
.ranges div{height:100%}
.r-fast{background:var(--ok)}.r-mid{background:var(--warn)}.r-slow{background:var(--bad)}.r-fail{background:var(--gray)}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:middle}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}
figure.chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fff}
figure.chart figcaption{font-weight:600;margin-bottom:6px}
figure.chart svg{width:100%;height:auto;display:block}
svg .grid{stroke:var(--line);stroke-width:1}
svg .tick,svg .unit,svg .nodata{fill:var(--muted);font-size:11px}
svg .series{fill:none;stroke-width:1.8;stroke-linejoin:round}
svg .area{opacity:.12;stroke:none}
svg .hover{fill:transparent}svg .hover:hover{fill:rgba(37,99,235,.10)}
.legend{display:flex;flex-wrap:wrap;gap:12px;font-size:12px;color:var(--muted);margin-top:4px}
.legend i{display:inline-block;width:12px;height:3px;margin-right:5px;vertical-align:middle}
.pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
.pill.ok{background:#dcfce7;color:#166534}.pill.bad{background:#fee2e2;color:#991b1b}
ul.hints{margin:0;padding:0;list-style:none}
ul.hints li{padding:8px 12px;border-left:4px solid var(--accent);background:#f8fafc;margin-bottom:8px;border-radius:0 6px 6px 0}
ul.hints li.warning{border-left-color:var(--warn)}ul.hints li.problem{border-left-color:var(--bad)}
.muted{color:var(--muted)}
footer{color:var(--muted);font-size:12px;text-align:center;padding:16px}
figure.chart figcaption .muted{font-weight:400}
@media print{nav{display:none}}
""";

    public const string Script = """
document.querySelectorAll('table.sortable').forEach(function(table){
  table.querySelectorAll('th').forEach(function(th,col){
    th.addEventListener('click',function(){
      var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
      var asc=!th.classList.contains('asc');
      table.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});
      th.classList.add(asc?'asc':'desc');
      rows.sort(function(a,b){
        var x=a.cells[col].getAttribute('data-v'),y=b.cells[col].getAttribute('data-v');
        var r=(x!==null&&y!==null)?(parseFloat(x)-parseFloat(y)):a.cells[col].textContent.localeCompare(b.cells[col].textContent);
        return asc?r:-r;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
""";
}
