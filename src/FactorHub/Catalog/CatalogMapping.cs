using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactorHub.Catalog;

internal sealed class CategoryMapping : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Code);
        builder.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentCode);
        builder.HasIndex(c => c.ParentCode).HasDatabaseName("ix_categories_parent_code");
    }
}

internal sealed class GradeMapping : IEntityTypeConfiguration<Grade>
{
    public void Configure(EntityTypeBuilder<Grade> builder)
    {
        builder.ToTable("grades");
        builder.HasKey(g => g.Level);
        builder.Property(g => g.Level).ValueGeneratedNever();
        builder.HasIndex(g => g.Code).IsUnique().HasDatabaseName("grades_code_key");
        builder.Property(g => g.MaxDqr).HasPrecision(4, 2);
    }
}

internal sealed class UnitMapping : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => u.Code);
        builder.Property(u => u.ToBaseNumerator).HasPrecision(38, 0);
        builder.Property(u => u.ToBaseDenominator).HasPrecision(38, 0);
        builder.HasIndex(u => u.Dimension).IsUnique().HasFilter("is_base").HasDatabaseName("ux_units_one_base_per_dimension");
    }
}

internal sealed class GeographyMapping : IEntityTypeConfiguration<Geography>
{
    public void Configure(EntityTypeBuilder<Geography> builder)
    {
        builder.ToTable("geographies");
        builder.HasKey(g => g.Code);
        builder.HasOne<Geography>().WithMany().HasForeignKey(g => g.ParentCode);
        builder.HasOne<Geography>().WithMany().HasForeignKey(g => g.GridRegionCode);
        builder.HasIndex(g => g.ParentCode).HasDatabaseName("ix_geographies_parent_code");
        builder.HasIndex(g => g.GridRegionCode).HasDatabaseName("ix_geographies_grid_region_code");
    }
}
