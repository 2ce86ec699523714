namespace Amsp.Integration.Erp.Sftp;

/// <summary>The one place where a line of a confirmation file becomes a call to the confirmation service.</summary>
internal static class SftpConfirmationAdapter
{
    /// <summary>The line's idempotency key is the file's name and line number: a file dropped again applies nothing twice.</summary>
    public static Task<ErpConfirmationOutcome> ApplyAsync(IErpConfirmations confirmations, ConnectorEndpoint connector, string fileName,
        ConfirmationLine line, CancellationToken ct) =>
        confirmations.ApplyAsync(new ErpConfirmationCommand(connector.OrganizationId, line.OrderNumber, line.Step, line.Confirmed, line.Reason,
            line.Reference, ErpConfirmationSource.Sftp, $"sftp:{connector.Id}:{fileName}:{line.Line}",
            $"sftp {connector.Name}: {fileName}"), ct);
}
