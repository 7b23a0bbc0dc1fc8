using YamlDotNet.Serialization;

namespace JobBoard.Site;

/// <summary>The members of <c>site.yml</c>'s settings, generated at compile time for YamlDotNet: a native (AOT) build
/// has no reflection for its <c>DeserializerBuilder</c> to find them with.</summary>
[YamlStaticContext]
[YamlSerializable(typeof(SiteConfig.SiteYaml))]
public partial class SiteYamlContext : StaticContext;
