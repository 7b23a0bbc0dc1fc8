using System.Text;

namespace JobBoard.Cli.Serve;

/// <summary>
/// The browser side of live reload, served at <see cref="ScriptPath"/> and injected into served
/// HTML only (the built site never contains it). It listens to the server's events: <c>reload</c>
/// reloads the page, <c>css</c> swaps stylesheets in place, <c>errors</c> shows an overlay with
/// file, line and message, <c>ok</c> removes it.
/// </summary>
internal static class ReloadClient
{
    public const string ScriptPath = "/__jobboard/reload.js";
    public const string EventsPath = "/__jobboard/events";

    private const string Tag = "<script src=\"" + ScriptPath + "\" defer></script>";
    private static readonly byte[] TagBytes = Encoding.UTF8.GetBytes(Tag + "\n");
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The page with the script tag before its last <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static byte[] Inject(byte[] html)
    {
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0)
        {
            at = html.Length;
        }

        var result = new byte[html.Length + TagBytes.Length];
        html.AsSpan(0, at).CopyTo(result);
        TagBytes.CopyTo(result, at);
        html.AsSpan(at).CopyTo(result.AsSpan(at + TagBytes.Length));
        return result;
    }

    public static bool IsInjected(string html) => html.Contains(ScriptPath, StringComparison.Ordinal);

    public static readonly byte[] Script = Encoding.UTF8.GetBytes("""
        // JobBoard live reload: served by `jobboard serve` only.
        (() => {
          const events = new EventSource("/__jobboard/events");
          const overlayId = "__jobboard-overlay";
          const stem = href => new URL(href, location.href).pathname.replace(/\.[0-9a-f]{10}\.css$/, "");
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("css", e => {
            const sheets = JSON.parse(e.data);
            for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
              const next = sheets.find(s => stem(s) === stem(link.href));
              if (next) link.href = next;
            }
            hideOverlay();
          });
          events.addEventListener("errors", e => showOverlay(JSON.parse(e.data)));
          events.addEventListener("ok", () => hideOverlay());
          function hideOverlay() { document.getElementById(overlayId)?.remove(); }
          function showOverlay(errors) {
            hideOverlay();
            const box = document.createElement("div");
            box.id = overlayId;
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
              "background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace";
            const title = document.createElement("h2");
            title.textContent = "Build failed: the last good site is shown";
            title.style.cssText = "color:#ff6b6b;font:bold 18px sans-serif;margin:0 0 1rem";
            box.append(title);
            for (const error of errors) {
              const line = document.createElement("pre");
              line.style.cssText = "white-space:pre-wrap;margin:0 0 .75rem";
              const where = error.line > 0 ? `${error.file}:${error.line}:${Math.max(error.column, 1)}` : error.file;
              line.textContent = `${where}: ${error.message} [${error.code}]` + (error.hint ? `\n  hint: ${error.hint}` : "");
              box.append(line);
            }
            document.body.append(box);
          }
        })();
        """);
}
