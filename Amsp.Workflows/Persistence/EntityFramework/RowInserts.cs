using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Amsp.Workflows.Persistence.EntityFramework;

/// <summary>
/// Inserts rows with one parameterized <c>INSERT</c> per table, its text built once from the EF model (table and column
/// names, quoting and parameter syntax of the provider), executed once per row on the context's connection and
/// transaction. Change tracking and per-save SQL generation made <c>SaveChanges</c> more than half of a commit's
/// allocations; the rows written are the same.
/// </summary>
internal sealed class RowInserts
{
    private readonly ConcurrentDictionary<Type, Shape> _shapes = new();

    /// <summary>Inserts <paramref name="rows"/> of one mapped type in the context's current transaction.</summary>
    public async Task InsertAsync<TRow>(DbContext db, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        if (rows.Count == 0) return;
        var shape = _shapes.GetOrAdd(typeof(TRow), static (type, context) => Shape.Of(context, type), db);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = shape.Sql;
        if (db.Database.GetCommandTimeout() is { } timeout) command.CommandTimeout = timeout;
        var parameters = new DbParameter[shape.Columns.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = shape.ParameterNames[i];
            command.Parameters.Add(parameters[i]);
        }
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = shape.Columns[i].GetClrValue(row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Shape(string Sql, IClrPropertyGetter[] Columns, string[] ParameterNames)
    {
        public static Shape Of(DbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            var table = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
            var schema = entity.GetSchema();
            var store = StoreObjectIdentifier.Table(table, schema);
            var sql = db.GetService<ISqlGenerationHelper>();
            var properties = entity.GetProperties().Where(p => p.GetColumnName(store) is not null).ToArray();
            if (properties.Any(p => p.ValueGenerated != ValueGenerated.Never || p.GetValueConverter() is not null))
            {
                throw new InvalidOperationException($"{type.Name} has generated or converted columns; insert it with SaveChanges.");
            }
            var names = properties.Select((_, i) => sql.GenerateParameterName($"p{i}")).ToArray();
            var text = $"INSERT INTO {sql.DelimitIdentifier(table, schema)} "
                + $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)))}) "
                + $"VALUES ({string.Join(", ", properties.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
            return new Shape(text, [.. properties.Select(p => p.GetGetter())], names);
        }
    }
}
