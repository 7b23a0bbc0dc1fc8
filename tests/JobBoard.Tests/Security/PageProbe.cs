using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace JobBoard.Tests.Security;

/// <summary>
/// One browser page that loads pages of a served site and reports every sign that script from a
/// posting ran or could run: the <c>window.__xss</c> trap (set from any frame, even one that
/// navigated away), dialogs, page errors, CSP violation events, off-site requests, a navigation
/// away from the page, and in the DOM any <c>on*</c> attribute, <c>javascript:</c>/<c>data:</c>
/// URL, script the theme did not put there, frame, object, embed, base or meta refresh.
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    /// <summary>Runs before any script of every document and frame.</summary>
    private const string InitScript = """
        (() => {
          let value;
          const hits = [];
          Object.defineProperty(window, '__xssHits', { value: hits });
          Object.defineProperty(window, '__xss', {
            configurable: false,
            get() { return value; },
            set(v) { value = v; hits.push(location.href); try { window.__xssReport(String(location.href)); } catch (e) { } },
          });
          for (const name of ['alert', 'confirm', 'prompt', 'print']) {
            window[name] = function () { window.__xss = name; };
          }
          const csp = [];
          Object.defineProperty(window, '__cspViolations', { value: csp });
          document.addEventListener('securitypolicyviolation', e => {
            csp.push(`${e.disposition} ${e.effectiveDirective} blocked=${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} sample=${e.sample}`);
          }, true);
          // The event storm below clicks everything: never follow a link or submit a form.
          window.addEventListener('click', e => e.preventDefault(), true);
          window.addEventListener('submit', e => e.preventDefault(), true);
        })();
        """;

    /// <summary>
    /// Fires the events inline handlers listen for at every element and focuses every focusable
    /// one (autofocus/onfocus). The DOM audit already fails on any on* attribute; this makes such a
    /// handler run, so the flag shows it too.
    /// </summary>
    private const string EventStorm = """
        async () => {
          const kinds = ['mouseover', 'mouseenter', 'click', 'focus', 'blur', 'keydown', 'input', 'change', 'toggle',
            'animationstart', 'load', 'error', 'begin'];
          for (const el of Array.from(document.querySelectorAll('body *'))) {
            for (const kind of kinds) el.dispatchEvent(new Event(kind, { bubbles: false, cancelable: true }));
          }
          for (const el of Array.from(document.querySelectorAll('a[href], input, button, select, textarea, [tabindex], [contenteditable], summary'))) {
            if (typeof el.focus === 'function') el.focus({ preventScroll: true });
          }
          await new Promise(r => requestAnimationFrame(r));
        }
        """;

    /// <summary>What the DOM holds after load: each entry a problem.</summary>
    private const string DomAudit = """
        () => {
          const problems = [];
          const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background',
            'srcset', 'xlink:href', 'codebase', 'cite', 'ping', 'lowsrc', 'dynsrc', 'manifest', 'to', 'values', 'from']);
          const squeeze = v => (v || '').replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
          const dangerous = v => /^(javascript|data|vbscript):/.test(squeeze(v));
          const describe = el => '<' + el.localName + (el.id ? '#' + el.id : '') + '>';
          for (const el of document.querySelectorAll('*')) {
            for (const a of Array.from(el.attributes)) {
              const name = a.name.toLowerCase();
              if (name.startsWith('on')) problems.push(`${describe(el)} has handler ${name}="${a.value}"`);
              if (name === 'srcdoc') problems.push(`${describe(el)} has srcdoc`);
              if (urlAttributes.has(name) && dangerous(a.value)) problems.push(`${describe(el)} ${name}="${a.value}"`);
            }
            for (const p of ['href', 'src', 'action', 'formAction', 'data']) {
              if (typeof el[p] === 'string' && dangerous(el[p])) problems.push(`${describe(el)}.${p} resolves to ${el[p]}`);
            }
          }
          // Chrome shows an XML file (feed, sitemap) through its own viewer, which adds a style element.
          const xml = !(document instanceof HTMLDocument);
          for (const el of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, portal, base, meta[http-equiv], link[rel~=import], template, svg, math, style')) {
            if (!(xml && el.id === 'xml-viewer-style')) problems.push(`unexpected element ${describe(el)}`);
          }
          for (const s of document.querySelectorAll('script')) {
            if (s.type === 'application/ld+json') {
              try { JSON.parse(s.textContent); } catch (e) { problems.push('JSON-LD does not parse: ' + s.textContent.slice(0, 200)); }
            } else if (!/^\/assets\/search\.[0-9a-f]+\.js$/.test(s.getAttribute('src') || '')) {
              problems.push('unexpected script: ' + s.outerHTML.slice(0, 200));
            }
          }
          if (window.__xss !== undefined) problems.push('window.__xss = ' + String(window.__xss));
          // The XML viewer's own inline style and data: icons are Chrome's, not the site's: they do not count.
          problems.push(...window.__cspViolations.filter(v => !xml || !/^\w+ (style-src-elem blocked=inline|img-src blocked=data) /.test(v)));
          return problems;
        }
        """;

    private readonly IBrowserContext context;
    private readonly string origin;
    private readonly ConcurrentQueue<string> events = new();

    private PageProbe(IBrowserContext context, IPage page, string origin)
    {
        this.context = context;
        Page = page;
        this.origin = origin;
    }

    public IPage Page { get; }

    public static async Task<PageProbe> OpenAsync(IBrowser browser, string origin)
    {
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(InitScript);
        var page = await context.NewPageAsync();
        var probe = new PageProbe(context, page, origin);
        await context.ExposeFunctionAsync("__xssReport", (string where) => probe.events.Enqueue("window.__xss was set in " + where));
        page.Dialog += (_, d) =>
        {
            probe.events.Enqueue($"dialog {d.Type}: {d.Message}");
            _ = d.DismissAsync();
        };
        page.PageError += (_, e) => probe.events.Enqueue("page error: " + e);
        page.Popup += (_, p) => probe.events.Enqueue("popup: " + p.Url);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                probe.events.Enqueue("off-site request: " + r.Url);
            }
        };
        return probe;
    }

    /// <summary>Loads a path, lets the page settle, pokes it, and returns every problem found.</summary>
    /// <param name="settle">Waits for the page's own script (e.g. search results) before and after the events.</param>
    public async Task<List<string>> ProbeAsync(string path, Func<IPage, Task>? settle = null, bool interact = true)
    {
        var url = origin + path;
        var problems = new List<string>();
        while (events.TryDequeue(out var late))
        {
            problems.Add("(after the previous page) " + late);
        }

        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok)
        {
            problems.Add($"HTTP {response?.Status}");
        }

        if (settle is not null)
        {
            await settle(Page);
        }

        if (interact)
        {
            await Page.EvaluateAsync(EventStorm);
            for (var i = 0; i < 3; i++)
            {
                await Page.Keyboard.PressAsync("Tab");
            }

            foreach (var (x, y) in new[] { (60, 40), (400, 300), (200, 600) })
            {
                await Page.Mouse.MoveAsync(x, y);
            }

            if (settle is not null)
            {
                await settle(Page);
            }
        }

        problems.AddRange(await Page.EvaluateAsync<string[]>(DomAudit));
        if (Page.Url.Split('#')[0] != url && !(settle is not null && Page.Url.StartsWith(origin + path.Split('?')[0], StringComparison.Ordinal)))
        {
            problems.Add("navigated away to " + Page.Url);
        }

        // Reported events may trail the page by a moment (bindings are asynchronous).
        await Page.EvaluateAsync("() => new Promise(r => setTimeout(r, 0))");
        while (events.TryDequeue(out var e))
        {
            problems.Add(e);
        }

        return [.. problems.Select(p => path + ": " + p)];
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
