/** The sign-in and password pages: plain HTML and one script, in Chinese, served by the server itself. */

const STYLE = `
  body { font-family: "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; background: #f3f5f8; margin: 0; }
  main { max-width: 380px; margin: 10vh auto; background: #fff; padding: 28px 32px; border-radius: 8px; box-shadow: 0 2px 12px rgba(0,0,0,.08); }
  h1 { font-size: 20px; margin: 0 0 20px; }
  label { display: block; margin: 12px 0 4px; font-size: 14px; color: #333; }
  input { width: 100%; box-sizing: border-box; padding: 8px 10px; font-size: 15px; border: 1px solid #c8cdd5; border-radius: 4px; }
  button, a.button { display: block; width: 100%; margin-top: 20px; padding: 10px; font-size: 15px; border: 0; border-radius: 4px;
    background: #1f6feb; color: #fff; cursor: pointer; text-align: center; text-decoration: none; box-sizing: border-box; }
  a.button.secondary { background: #fff; color: #1f6feb; border: 1px solid #1f6feb; }
  #message { color: #c62828; min-height: 20px; margin-top: 12px; font-size: 14px; }
  .hidden { display: none; }`;

function page(title: string, body: string, script: string): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · 涉企服务图谱</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <main>${body}</main>
    <script src="/auth/${script}"></script>
  </body>
</html>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function signInPage(options: { returnTo: string; singleSignOn: string | null; error: string | null }): string {
  const sso = options.singleSignOn
    ? `<a class="button secondary" id="sso" href="/auth/oidc/start?returnTo=${encodeURIComponent(options.returnTo)}">使用${escapeHtml(options.singleSignOn)}登录</a>`
    : '';
  return page(
    '登录',
    `<h1>登录涉企服务图谱</h1>
    <form id="sign-in" data-return-to="${escapeHtml(options.returnTo)}">
      <label for="login">登录名</label><input id="login" name="login" autocomplete="username" required />
      <label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required />
      <div id="totp-row" class="hidden"><label for="totp">动态验证码（身份验证器）</label><input id="totp" name="totp" inputmode="numeric" autocomplete="one-time-code" /></div>
      <button type="submit">登录</button>
    </form>
    ${sso}
    <p id="message" role="alert">${options.error ? escapeHtml(options.error) : ''}</p>`,
    'sign-in.js',
  );
}

export function passwordPage(): string {
  return page(
    '设置密码',
    `<h1>设置登录密码</h1>
    <form id="password-set">
      <label for="password">新密码</label><input id="password" type="password" autocomplete="new-password" required />
      <label for="repeat">再次输入</label><input id="repeat" type="password" autocomplete="new-password" required />
      <button type="submit">保存</button>
    </form>
    <p id="message" role="alert"></p>`,
    'password.js',
  );
}

/** Posts the form to /auth/sign-in; the refresh token comes back as an HttpOnly cookie, never to the script. */
export const SIGN_IN_SCRIPT = `
const form = document.getElementById('sign-in');
const message = document.getElementById('message');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.textContent = '';
  const body = { login: form.login.value, password: form.password.value, totpCode: form.totp.value || null };
  const response = await fetch('/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (response.ok) { location.assign(form.dataset.returnTo || '/'); return; }
  const error = (answer.errors || [])[0] || {};
  if (error.code === 'SECOND_FACTOR_REQUIRED') document.getElementById('totp-row').classList.remove('hidden');
  message.textContent = error.message || '登录失败，请稍后再试。';
});`;

/** Takes the link's secret from the fragment (never sent to the server with the page) and sets the password. */
export const PASSWORD_SCRIPT = `
const form = document.getElementById('password-set');
const message = document.getElementById('message');
const link = new URLSearchParams(location.hash.slice(1)).get('link');
if (!link) message.textContent = '链接不完整，请向管理员索取新的链接。';
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (form.password.value !== form.repeat.value) { message.textContent = '两次输入的密码不一致。'; return; }
  const query = 'mutation ($input: UserPasswordSetInput!) { userPasswordSet(input: $input) { user { login } userErrors { message code } } }';
  const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { input: { link, password: form.password.value } } }) });
  const answer = await response.json().catch(() => ({}));
  const result = answer.data && answer.data.userPasswordSet;
  if (result && result.user) { location.assign('/auth/sign-in?set=' + encodeURIComponent(result.user.login)); return; }
  message.textContent = (result && result.userErrors[0] && result.userErrors[0].message) || '保存失败，请稍后再试。';
});`;
