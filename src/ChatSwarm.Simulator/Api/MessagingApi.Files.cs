using ChatSwarm.Simulator.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ChatSwarm.Simulator.Api;

/// <summary>Upload File, Get File and Get Agent Profile Photo.</summary>
internal sealed partial class MessagingApi
{
    private async Task UploadFileAsync(HttpContext context, ClientIdentity identity)
    {
        // The whole body is read (and the excess discarded) so an oversized upload gets a clean 5501, not a reset.
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = null;

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Length == 0)
        {
            await FileErrorAsync(context, "expected a multipart/form-data body with a 'file' part");
            return;
        }

        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!, context.Request.Body) { BodyLengthLimit = null };
        StoredFile? stored = null;
        var tooLarge = false;
        try
        {
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(context.RequestAborted)) is not null)
            {
                if (stored is null && !tooLarge
                    && ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var content = await ReadLimitedAsync(section.Body, Options.MaxFileBytes, context.RequestAborted);
                    if (content is null)
                    {
                        tooLarge = true;
                        continue;
                    }

                    stored = _engine.Files.Add(string.IsNullOrEmpty(name) ? "upload.bin" : name, section.ContentType ?? "application/octet-stream", content);
                }
                else
                {
                    await section.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or BadHttpRequestException)
        {
            await FileErrorAsync(context, "malformed multipart body: " + ex.Message.Replace('\n', ' '));
            return;
        }

        if (tooLarge)
        {
            await ApiResponses.Error(context, StatusCodes.Status400BadRequest, ApiErrors.UploadTooLarge, ApiErrors.Message(ApiErrors.UploadTooLarge));
            return;
        }

        if (stored is null)
        {
            await FileErrorAsync(context, "the multipart body has no 'file' part");
            return;
        }

        _engine.Counters.FileUploaded();
        await ApiResponses.Json(context, 200, stored.Id, static (w, id) =>
        {
            w.WriteStartObject();
            w.WriteString("file_id"u8, id);
            w.WriteEndObject();
        });
    }

    private async Task GetFileAsync(HttpContext context, ClientIdentity identity)
    {
        var session = FindOwned(context, identity);
        if (session is null)
        {
            await SessionNotFoundAsync(context);
            return;
        }

        if (context.Request.RouteValues["fileId"] is not string fileId || !_engine.Files.TryGet(fileId, out var file))
        {
            await ApiResponses.Error(context, StatusCodes.Status404NotFound, ApiErrors.FileNotFound, ApiErrors.Message(ApiErrors.FileNotFound));
            return;
        }

        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Content.Length;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.Name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }

    private async Task GetProfilePhotoAsync(HttpContext context, ClientIdentity identity)
    {
        var session = FindOwned(context, identity);
        if (session is null)
        {
            await SessionNotFoundAsync(context);
            return;
        }

        var partyId = context.Request.RouteValues["partyId"] as string;
        var agent = session.Agent;
        if (agent is null || partyId is null || partyId != session.AgentPartyId)
        {
            await ApiResponses.Error(context, StatusCodes.Status404NotFound, ApiErrors.FileNotFound, ApiErrors.Message(ApiErrors.FileNotFound));
            return;
        }

        var photo = agent.Photo;
        context.Response.ContentType = "image/png";
        context.Response.ContentLength = photo.Length;
        await context.Response.Body.WriteAsync(photo, context.RequestAborted);
    }

    private static Task FileErrorAsync(HttpContext context, string message) =>
        ApiResponses.Error(context, StatusCodes.Status400BadRequest, ApiErrors.FileOperation, message);

    /// <summary>Reads at most <paramref name="limit"/> bytes; returns null (after draining the rest) when the part is larger.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                await body.CopyToAsync(Stream.Null, cancellationToken);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
