using System;
using Newtonsoft.Json;

namespace JiraAuth.Core.Auth
{
    /// <summary>
    /// Writes a <see cref="SecretText"/> as its mask and refuses to read one: a JSON round trip must never
    /// leak the secret, nor quietly turn the mask into a "secret" of eight asterisks.
    /// </summary>
    internal sealed class SecretTextJsonConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(SecretText);

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            if (value == null)
            {
                writer.WriteNull();
                return;
            }
            writer.WriteValue(SecretText.Mask);
        }

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            throw new JsonSerializationException("A secret cannot be read from JSON; store it with the secret store and create it with SecretText.FromString.");
        }
    }
}
