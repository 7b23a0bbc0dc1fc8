using System.Collections.Immutable;
using System.Text.Json;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// A list's JSON Feed 1.1 (https://jsonfeed.org/version/1.1), <c>feed.json</c> beside its Atom feed, with the
/// same entries and ids. <c>/jobs.json</c> stays the full data export; this is for feed readers.
/// </summary>
public static class JsonFeedWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static OutputFile Write(SiteModel site, Feed feed, ImmutableArray<Feed.Item> items)
    {
        var bytes = JsonBytes.File(Indented, json =>
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", Feed.PlainText(feed.Title));
            json.WriteString("home_page_url", site.Config.Absolute(feed.ListingPath));
            json.WriteString("feed_url", site.Config.Absolute(SiteModel.JsonFeedPath(feed.ListingPath)));
            json.WriteString("language", site.Config.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", site.Config.Title);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var item in items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("url", item.Url);
                json.WriteString("title", item.Title);
                // The summary is all the text a list shows of a job; the job's page has the rest.
                json.WriteString("content_text", item.Summary);
                json.WriteString("summary", item.Summary);
                if (item.Published is { } published)
                {
                    json.WriteString("date_published", Feed.Timestamp(published));
                }

                json.WriteStartArray("tags");
                foreach (var tag in item.Tags)
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return new OutputFile(SiteModel.JsonFeedPath(feed.ListingPath).TrimStart('/'), bytes);
    }
}
