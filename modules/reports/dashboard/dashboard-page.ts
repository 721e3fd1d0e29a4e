export const DASHBOARD_PATH = '/dashboard';

/** The dashboard's page: markup and styles only; app.js does the rest against the graph. Chinese interface text. */
export function dashboardPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>营商环境指标看板</title>
    <style>
      :root { --benchmark: #1a7f37; --middle: #b08800; --lagging: #cf222e; --line: #d0d7de; font-family: "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
      body { margin: 0; background: #f6f8fa; color: #1f2328; }
      header { background: #0b3d91; color: #fff; padding: 12px 24px; display: flex; align-items: center; gap: 24px; flex-wrap: wrap; }
      header h1 { font-size: 20px; margin: 0; }
      header label { font-size: 14px; display: flex; align-items: center; gap: 6px; }
      main { padding: 16px 24px; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin-bottom: 16px; }
      h2 { font-size: 17px; margin: 0 0 12px; }
      #cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 12px; }
      .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px; background: #fff; }
      .card .name { font-size: 14px; color: #57606a; min-height: 36px; }
      .card .value { font-size: 26px; font-weight: 600; margin: 6px 0; }
      .card .target { font-size: 12px; color: #57606a; }
      .badge { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px; color: #fff; margin-left: 6px; }
      .badge.BENCHMARK { background: var(--benchmark); } .badge.MIDDLE { background: var(--middle); } .badge.LAGGING { background: var(--lagging); } .badge.NONE { background: #8c959f; }
      .spark { height: 48px; }
      .provisional { font-size: 12px; color: var(--middle); }
      #signin { max-width: 560px; margin: 80px auto; }
      #signin textarea { width: 100%; height: 90px; font-family: monospace; }
      .row { display: flex; gap: 16px; flex-wrap: wrap; align-items: flex-start; }
      .choices { display: flex; flex-direction: column; gap: 2px; font-size: 13px; max-height: 220px; overflow: auto; border: 1px solid var(--line); padding: 6px; min-width: 220px; }
      #chart { height: 360px; }
      table { border-collapse: collapse; font-size: 13px; margin-top: 12px; }
      th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: right; } th:first-child, td:first-child { text-align: left; }
      button { padding: 6px 14px; border-radius: 6px; border: 1px solid #0b3d91; background: #0b3d91; color: #fff; cursor: pointer; }
      button.secondary { background: #fff; color: #0b3d91; }
      a.button { display: inline-block; padding: 6px 14px; border-radius: 6px; background: #0b3d91; color: #fff; text-decoration: none; }
      .error { color: var(--lagging); white-space: pre-wrap; }
      [hidden] { display: none !important; }
    </style>
  </head>
  <body>
    <div id="signin" hidden>
      <section>
        <h2>登录指标看板</h2>
        <p>请使用分析员（ANALYST）或管理员账号登录。</p>
        <p><a id="signin-link" class="button" href="/auth/sign-in?returnTo=%2Fdashboard">登录</a></p>
        <details>
          <summary>使用访问令牌</summary>
          <textarea id="token" aria-label="访问令牌"></textarea>
          <p><button id="signin-button" class="secondary">使用令牌</button></p>
        </details>
        <p id="signin-error" class="error"></p>
      </section>
    </div>
    <div id="app" hidden>
      <header>
        <h1>营商环境指标看板</h1>
        <label>开始 <input type="date" id="from" /></label>
        <label>结束 <input type="date" id="to" /></label>
        <label>区域 <select id="region"><option value="">全部</option></select></label>
        <label>产业链 <select id="chain"><option value="">全部</option></select></label>
        <button id="signout" class="secondary">退出</button>
      </header>
      <main>
        <section>
          <h2>指标</h2>
          <div id="cards">加载中…</div>
          <p id="board-error" class="error"></p>
        </section>
        <section>
          <h2>报表查询</h2>
          <div class="row">
            <label>数据集 <select id="cube"></select></label>
            <div><div>分组维度</div><div id="dimensions" class="choices"></div></div>
            <div><div>度量</div><div id="measures" class="choices"></div></div>
            <div>
              <p><button id="run">查询</button></p>
              <p><button id="csv" class="secondary">下载 CSV</button> <button id="xlsx" class="secondary">下载 Excel</button></p>
            </div>
          </div>
          <p id="report-error" class="error"></p>
          <div id="chart"></div>
          <div id="result"></div>
        </section>
      </main>
    </div>
    <script src="/auth/session.js"></script>
    <script src="${DASHBOARD_PATH}/echarts.min.js"></script>
    <script src="${DASHBOARD_PATH}/app.js"></script>
  </body>
</html>`;
}
